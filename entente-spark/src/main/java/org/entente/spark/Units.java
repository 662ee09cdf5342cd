package org.entente.spark;

import org.entente.ingest.Inputs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The driver's side: the input paths expanded as {@code ingest} expands them (same files, same
 * order), each JSON Lines file cut into runs of lines.
 */
final class Units {
    static final int LINES_PER_UNIT = 50;

    private Units() {
    }

    static List<WorkUnit> of(List<String> paths) {
        List<WorkUnit> out = new ArrayList<>();
        for (String p : paths) {
            if (HadoopFiles.isUri(p)) { // hdfs://, s3a://, file:, ...: listed and counted through Hadoop
                for (String f : HadoopFiles.files(p)) add(out, f, () -> HadoopFiles.open(f, 0));
                continue;
            }
            Path path = Path.of(p);
            if (!Files.exists(path)) throw new IllegalArgumentException("no such file or folder: " + p);
            for (Path f : Inputs.files(path)) add(out, f.toString(), () -> Files.newInputStream(f));
        }
        return out;
    }

    /** Something that opens a file's bytes. */
    interface Opener {
        InputStream open() throws IOException;
    }

    /** A whole file's unit, or a JSON Lines file's runs of lines. */
    private static void add(List<WorkUnit> out, String file, Opener bytes) {
        if (!file.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
            out.add(new WorkUnit(out.size(), file, 0, 0, 0));
            return;
        }
        Runs runs = runs(bytes);
        for (int i = 0; i < runs.offsets().size(); i++) {
            long from = (long) i * LINES_PER_UNIT + 1;
            out.add(new WorkUnit(out.size(), file, from, Math.min(runs.lines(), from + LINES_PER_UNIT - 1), runs.offsets().get(i)));
        }
    }

    /** An output folder as a local path (a plain path or a {@code file:} URI); other file systems are refused. */
    static Path local(String p) {
        if (p.startsWith("file:")) return Path.of(java.net.URI.create(p));
        if (p.matches("[a-z0-9]+://.*")) {
            throw new IllegalArgumentException(p + ": not a local folder");
        }
        return Path.of(p);
    }

    /** A file's lines and the byte at which each run of {@link #LINES_PER_UNIT} lines starts. */
    record Runs(long lines, List<Long> offsets) {
    }

    /**
     * Counts lines as {@code BufferedReader.readLine} does (ended by \n, \r or \r\n; a last line
     * without an end counts) and notes where lines 1, 51, 101, ... start, in one pass over the bytes.
     */
    static Runs runs(Path f) {
        return runs(() -> Files.newInputStream(f));
    }

    static Runs runs(Opener bytes) {
        List<Long> offsets = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(bytes.open(), 1 << 16)) {
            long pos = 0, done = 0;
            boolean atStart = true, cr = false;
            int b;
            while ((b = in.read()) != -1) {
                if (cr && b == '\n') { // the rest of a \r\n
                    cr = false;
                    pos++;
                    continue;
                }
                cr = false;
                if (atStart) {
                    if (done % LINES_PER_UNIT == 0) offsets.add(pos);
                    atStart = false;
                }
                if (b == '\n' || b == '\r') {
                    done++;
                    atStart = true;
                    cr = b == '\r';
                }
                pos++;
            }
            return new Runs(done + (atStart ? 0 : 1), offsets);
        } catch (IOException | UncheckedIOException e) {
            return new Runs(1, List.of(0L)); // an unreadable file is one unit, refused by the executor with its reason
        }
    }
}
