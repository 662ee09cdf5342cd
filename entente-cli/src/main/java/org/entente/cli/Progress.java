package org.entente.cli;

/** A progress line on standard error, shown only when it is a terminal. */
final class Progress implements AutoCloseable {
    private final boolean tty = System.console() != null && System.getenv("CI") == null;
    private final long started = System.nanoTime();
    private int done;
    private long lastDraw;

    void tick() {
        done++;
        if (!tty) return;
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L) return;
        lastDraw = now;
        double secs = (now - started) / 1e9;
        int bar = (done / 10) % 21;
        System.err.print("\r[" + "#".repeat(bar) + " ".repeat(20 - Math.min(bar, 20)) + "] " + done + " documents, "
                + String.format("%.1f", done / Math.max(secs, 1e-9)) + "/s ");
        System.err.flush();
    }

    @Override
    public void close() {
        if (tty && done > 0) {
            System.err.print("\r" + " ".repeat(60) + "\r");
            System.err.flush();
        }
    }
}
