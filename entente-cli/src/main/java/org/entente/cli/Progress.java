package org.entente.cli;

/**
 * Progress on standard error: documents done of the total, documents per second, events so far
 * and the time left. On a terminal a line redrawn in place; elsewhere (a log, CI) a plain line
 * every ten seconds, so a long run is never silent.
 */
final class Progress implements AutoCloseable {
    /** How many documents the inputs hold (a JSON Lines file: its lines; a WARC archive: unknown, 0). */
    static long total(java.util.List<java.nio.file.Path> paths) {
        long n = 0;
        for (java.nio.file.Path p : paths) {
            if (!java.nio.file.Files.exists(p)) continue;
            for (java.nio.file.Path f : org.entente.ingest.Inputs.files(p)) {
                String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (name.endsWith(".warc") || name.endsWith(".warc.gz")) return 0;
                if (!name.endsWith(".jsonl")) {
                    n++;
                    continue;
                }
                try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(f)) {
                    n += lines.filter(l -> !l.isBlank()).count();
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    n++; // refused by name when it is read
                }
            }
        }
        return n;
    }

    /** How many non-blank lines a file holds (the sentences {@code code} reads), 0 for standard input or an unreadable file. */
    static long lines(String file) {
        if (file == null || file.equals("-")) return 0;
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(java.nio.file.Path.of(file))) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (java.io.IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            return 0; // refused by name when it is read
        }
    }

    private final long total;
    private final String noun;
    private final boolean countsEvents;

    /** Progress of a run of {@code total} documents (0: unknown) that finds events. */
    Progress(long total) {
        this(total, "documents", true);
    }

    /** Progress of a run of {@code total} items called {@code noun}, counting events or not (extract finds none). */
    Progress(long total, String noun, boolean countsEvents) {
        this.total = total;
        this.noun = noun;
        this.countsEvents = countsEvents;
    }

    Progress() {
        this(0);
    }

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
        String line = describe(done, events, rate);
        if (tty) {
            System.err.print("\r" + line + "   ");
        } else {
            System.err.println("entente: " + line);
        }
        System.err.flush();
    }

    /** The progress line after {@code done} items, {@code events} events, at {@code rate} items a second. */
    String describe(long done, long events, double rate) {
        return (total > done ? String.format("%,d of %,d %s", done, total, noun) : String.format("%,d %s", done, noun))
                + String.format(", %.1f/s", rate)
                + (countsEvents ? String.format(", %,d events so far", events) : "")
                + (total > done ? ", about " + left((total - done) / Math.max(rate, 1e-9)) + " left" : "");
    }

    static String left(double seconds) {
        if (seconds < 90) return Math.round(seconds) + " s";
        if (seconds < 5400) return Math.round(seconds / 60) + " min";
        return String.format("%.1f h", seconds / 3600);
    }

    @Override
    public synchronized void close() {
        if (tty && done > 0) {
            System.err.print("\r" + " ".repeat(70) + "\r");
            System.err.flush();
        }
    }
}
