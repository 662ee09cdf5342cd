package org.entente.pipeline;

import org.entente.ingest.IngestSink;
import org.entente.ingest.Inputs;
import org.entente.merge.EventMerger;
import org.entente.merge.MergedEvent;
import org.entente.model.Document;
import org.entente.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled example articles (examples/, written by us; gold notes in examples/README.md). */
class ExamplesTest {
    private static final List<Event> EVENTS = new ArrayList<>();

    @BeforeAll
    static void run() {
        Pipeline p = Pipeline.standard();
        Inputs.read(List.of(Path.of("..", "examples")), new IngestSink() {
            @Override
            public void accept(Document d) {
                EVENTS.addAll(p.process(d).reported());
            }

            @Override
            public void reject(String origin, String reason) {
                throw new AssertionError(origin + ": " + reason);
            }
        });
    }

    private static boolean has(String docPrefix, String src, String tgt, String root, String date) {
        return EVENTS.stream().anyMatch(e -> e.doc().startsWith(docPrefix) && e.root().equals(root)
                && e.source().principal().equals(src) && e.target() != null && e.target().principal().equals(tgt)
                && date.equals(e.date().value()));
    }

    private static String dump(String docPrefix) {
        StringBuilder b = new StringBuilder();
        for (Event e : EVENTS) {
            if (!e.doc().startsWith(docPrefix)) continue;
            b.append('\n').append(e.source().code()).append('>').append(e.target() == null ? "-" : e.target().code())
                    .append(' ').append(e.cameo()).append(' ').append(e.date().value());
        }
        return b.toString();
    }

    @Test
    void eventsOfTheExampleArticles() {
        assertTrue(has("05_", "RUS", "IRN", "04", "2017-11-01"), dump("05_"));
        assertTrue(has("12_", "IRN", "RUS", "04", "2022-01-19"), dump("12_"));
        assertTrue(has("09_", "IND", "PAK", "19", "2019-02-26"), dump("09_"));
        assertTrue(has("07_", "USA", "CHN", "16", "2019-05-10") || has("07_", "CHN", "USA", "12", "2019-05-10"), dump("07_"));
        assertTrue(has("13_", "RUS", "AZE", "04", "2016-08-08"), dump("13_"));
    }

    @Test
    void twoReportsOfVolodinsVisitAreOneEvent() {
        List<MergedEvent> merged = new EventMerger().merge(EVENTS);
        assertTrue(merged.stream().anyMatch(m -> m.event().date().value() != null && m.event().date().value().equals("2018-04-09")
                && m.sources() >= 2 && m.mentions().stream().anyMatch(e -> e.doc().startsWith("03_"))
                && m.mentions().stream().anyMatch(e -> e.doc().startsWith("04_"))), dump("03_") + dump("04_"));
    }
}
