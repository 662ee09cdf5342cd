package org.entente.cli;

/**
 * Progress on standard error: documents done, documents per second and events so far. On a
 * terminal a line redrawn in place; elsewhere (a log, CI) a plain line every ten seconds, so a long
 * run is never silent.
 */
final class Progress implements AutoCloseable {
    private static final long REDRAW = 200_000_000L;
    private static final long LOG_EVERY = 10_000_000_000L;
    private final boolean tty = System.console() != null && System.getenv("CI") == null;
    private final long started = System.nanoTime();
    private int done;
    private long events;
    private long lastDraw = started;

    /** One more document done, with the events it gave. */
    synchronized void tick(int newEvents) {
        done++;
        events += newEvents;
        long now = System.nanoTime();
        if (now - lastDraw < (tty ? REDRAW : LOG_EVERY)) return;
        lastDraw = now;
        double rate = done / Math.max((now - started) / 1e9, 1e-9);
        String line = String.format("%,d documents, %.1f/s, %,d events so far", done, rate, events);
        if (tty) {
            System.err.print("\r" + line + "   ");
        } else {
            System.err.println("entente: " + line);
        }
        System.err.flush();
    }

    @Override
    public synchronized void close() {
        if (tty && done > 0) {
            System.err.print("\r" + " ".repeat(70) + "\r");
            System.err.flush();
        }
    }
}
