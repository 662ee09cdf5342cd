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
            Path path = local(p);
            if (!Files.exists(path)) throw new IllegalArgumentException("no such file or folder: " + p);
            for (Path f : Inputs.files(path)) {
                String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (!name.endsWith(".jsonl")) {
                    out.add(new WorkUnit(out.size(), f.toString(), 0, 0, 0));
                    continue;
                }
                Runs runs = runs(f);
                for (int i = 0; i < runs.offsets().size(); i++) {
                    long from = (long) i * LINES_PER_UNIT + 1;
                    out.add(new WorkUnit(out.size(), f.toString(), from, Math.min(runs.lines(), from + LINES_PER_UNIT - 1), runs.offsets().get(i)));
                }
            }
        }
        return out;
    }

    /** A path or a {@code file:} URI; other file systems (hdfs, s3a) are for a later version. */
    static Path local(String p) {
        if (p.startsWith("file:")) return Path.of(java.net.URI.create(p));
        if (p.matches("[a-z0-9]+://.*")) {
            throw new IllegalArgumentException(p + ": this version reads local paths and file: URIs only (hdfs and s3a are planned)");
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
        List<Long> offsets = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
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
