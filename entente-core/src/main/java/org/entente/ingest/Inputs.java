package org.entente.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Walks the PATH arguments (files or folders, recursively, in a stable order) and hands each file
 * to the ingestor for its kind. Unsupported and unreadable files are rejected by name; Markdown
 * notes, hidden files and Entente's own store files are passed over.
 */
public final class Inputs {
    private Inputs() {
    }

    public static void read(List<Path> paths, IngestSink into) {
        IngestSink sink = new DistinctIds(into);
        for (Path p : paths) {
            if (!Files.exists(p)) {
                sink.reject(p.toString(), "no such file or folder");
                continue;
            }
            for (Path odd : irregular(p)) {
                sink.reject(odd.toString(), Files.isSymbolicLink(odd) && Files.isDirectory(odd)
                        ? "a link to a folder: not followed (so that a link loop cannot trap the run); give the folder itself to read it"
                        : "not a regular file (a FIFO, a device or a link to nothing): skipped");
            }
            if (Files.isDirectory(p) || Files.isRegularFile(p)) for (Path f : files(p)) readFile(f, sink);
        }
    }

    /**
     * Entries under a folder that are neither folders nor readable files, and links to folders (the
     * walk does not follow them): named, so that nothing is skipped in silence.
     */
    static List<Path> irregular(Path p) {
        if (!Files.isDirectory(p)) return Files.isRegularFile(p) ? List.of() : List.of(p);
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(f -> (!Files.isDirectory(f) || Files.isSymbolicLink(f) && !f.equals(p)) && !Files.isRegularFile(f))
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** The files under a path, sorted by path so that every run reads them in the same order. */
    public static List<Path> files(Path p) {
        if (!Files.isDirectory(p)) return List.of(p);
        try (Stream<Path> s = Files.walk(p)) {
            List<Path> out = new ArrayList<>(s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void readFile(Path f, IngestSink sink) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".duckdb") || name.endsWith(".duckdb.wal")) return; // notes, our own stores
        Ingestor ingestor = forName(name);
        if (ingestor == null) {
            sink.reject(f.toString(), "unsupported file type (expected .txt, .html, .htm, .html.gz, .jsonl, .warc, .warc.gz)");
            return;
        }
        if (!Files.isReadable(f)) {
            sink.reject(f.toString(), "unreadable file (permission denied)");
            return;
        }
        try {
            ingestor.ingest(f, sink);
        } catch (IOException | UncheckedIOException e) {
            sink.reject(f.toString(), "could not read: " + RawText.reason(e));
        }
    }

    static Ingestor forName(String name) {
        if (name.endsWith(".txt")) return new FileIngestor(false);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz"))
            return new FileIngestor(true);
        if (name.endsWith(".jsonl")) return new JsonlIngestor();
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) return new WarcIngestor();
        return null;
    }

    /** The document id of a whole-file document: its name without the known extensions. */
    public static String documentId(Path f) {
        String n = f.getFileName().toString();
        for (String ext : new String[]{".gz", ".html", ".htm", ".txt"}) {
            if (n.toLowerCase(Locale.ROOT).endsWith(ext)) n = n.substring(0, n.length() - ext.length());
        }
        return n;
    }
}
