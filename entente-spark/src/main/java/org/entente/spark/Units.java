package org.entente.spark;

import org.entente.ingest.Inputs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
                    out.add(new WorkUnit(out.size(), f.toString(), 0, 0));
                    continue;
                }
                long lines = lines(f);
                for (long from = 1; from <= lines; from += LINES_PER_UNIT) {
                    out.add(new WorkUnit(out.size(), f.toString(), from, Math.min(lines, from + LINES_PER_UNIT - 1)));
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

    private static long lines(Path f) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            long n = 0;
            while (r.readLine() != null) n++;
            return n;
        } catch (IOException | UncheckedIOException e) {
            return 1; // an unreadable file is one unit, refused by the executor with its reason
        }
    }
}
