package org.entente.spark;

import org.entente.ingest.IngestSink;
import org.entente.ingest.Inputs;
import org.entente.ingest.JsonlIngestor;
import org.entente.json.Json;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Runner;
import org.entente.store.ContentHash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An executor's side: the documents of a unit through the same chain of stages as {@code events}
 * (the pipeline and its models load once per executor JVM, on first use), as tagged lines: an
 * event's place in its document's output, the document's content hash and place in the input,
 * and the event's contract JSON ({@code E}), or a refused input with its reason ({@code R}).
 */
final class DocumentJob {
    static final String EVENT = "E\t", REJECTED = "R\t";

    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard();
    }

    private DocumentJob() {
    }

    static Iterator<String> run(Iterator<WorkUnit> units) {
        List<String> out = new ArrayList<>();
        while (units.hasNext()) {
            WorkUnit u = units.next();
            int[] k = {0};
            // the same runner as a local run: failures and documents past the time limit are refused by name
            Runner.run(sink -> read(u, sink), 1, d -> Holder.PIPELINE.process(d).withoutStatements().reported(), d -> false,
                    new Runner.Listener<List<Event>>() {
                        @Override
                        public void done(Document d, List<Event> events) {
                            // the document's content hash and place in the input: analyze stores a story repeated under another id once
                            String where = ContentHash.of(d) + "\t" + ((long) u.index() * 1_000_000 + k[0]++) + "\t";
                            int seq = 0;
                            for (Event e : events) out.add(EVENT + seq++ + "\t" + where + Json.line(Json.event(e)));
                        }

                        @Override
                        public void rejected(String origin, String reason) {
                            out.add(DocumentJob.rejected(origin, reason));
                        }
                    });
        }
        return out.iterator();
    }

    private static void read(WorkUnit u, IngestSink sink) {
        boolean uri = HadoopFiles.isUri(u.path());
        if (!u.lines()) {
            if (uri) readCopy(u.path(), sink);
            else Inputs.readFile(Path.of(u.path()), sink);
            return;
        }
        try (InputStream in = uri ? HadoopFiles.open(u.path(), u.offset()) : local(u);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            JsonlIngestor.lines(r, u.path(), u.fromLine(), u.toLine(), sink); // the unit's own lines only, from the byte the driver noted
        } catch (IOException | RuntimeException e) {
            sink.reject(u.path() + ":" + u.fromLine() + "-" + u.toLine(), couldNotRead(e));
        }
    }

    private static String couldNotRead(Exception e) {
        return "could not read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static InputStream local(WorkUnit u) throws IOException {
        SeekableByteChannel ch = Files.newByteChannel(Path.of(u.path()));
        return Channels.newInputStream(ch.position(u.offset()));
    }

    /**
     * A whole-file document on another file system: copied into a folder of the task's own, read
     * by the same ingestors as a local file, and named by its URI in what it gives and in refusals.
     */
    private static void readCopy(String uri, IngestSink sink) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("entente-unit");
            Path copy = HadoopFiles.copy(uri, dir);
            if (copy == null) {
                sink.reject(uri, "file too large (limit " + org.entente.ingest.RawText.MAX_BYTES + " bytes)");
                return;
            }
            String local = copy.toString();
            Inputs.readFile(copy, new IngestSink() {
                @Override
                public void accept(Document d) {
                    sink.accept(new Document(d.id(), uri + d.origin().substring(Math.min(local.length(), d.origin().length())),
                            d.text(), d.html(), d.title(), d.url(), d.date(), d.outlet()));
                }

                @Override
                public void reject(String origin, String reason) {
                    sink.reject(origin.replace(local, uri), reason);
                }

                @Override
                public void warn(String origin, String message) {
                    sink.warn(origin.replace(local, uri), message);
                }
            });
        } catch (IOException | RuntimeException e) {
            sink.reject(uri, couldNotRead(e));
        } finally {
            if (dir != null) deleteAll(dir);
        }
    }

    private static void deleteAll(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is no reason to lose the unit's documents
        }
    }

    private static String rejected(String origin, String reason) {
        return REJECTED + origin.replace('\t', ' ') + "\t" + reason.replace('\t', ' ').replace('\n', ' ');
    }
}
