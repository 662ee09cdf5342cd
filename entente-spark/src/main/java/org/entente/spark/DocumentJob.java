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
        Path f = Path.of(u.path());
        if (!u.lines()) {
            Inputs.readFile(f, sink);
            return;
        }
        try (SeekableByteChannel ch = Files.newByteChannel(f);
             BufferedReader r = new BufferedReader(Channels.newReader(ch.position(u.offset()), StandardCharsets.UTF_8))) {
            String line;
            long n = u.fromLine() - 1; // the unit's own lines only, from the byte the driver noted
            while (n < u.toLine() && (line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                if (line.length() > org.entente.ingest.RawText.MAX_BYTES) {
                    sink.reject(f + ":" + n, "line too long");
                    continue;
                }
                Document d = JsonlIngestor.parse(line, f + ":" + n, sink);
                if (d != null) sink.accept(d);
            }
        } catch (IOException | RuntimeException e) {
            sink.reject(f + ":" + u.fromLine() + "-" + u.toLine(), "could not read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static String rejected(String origin, String reason) {
        return REJECTED + origin.replace('\t', ' ') + "\t" + reason.replace('\t', ' ').replace('\n', ' ');
    }
}
