package org.entente.store;

import org.entente.model.ActorRef;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real DuckDB file in a temporary folder. */
class DuckDbStoreTest {
    private static Event event(String doc, String src, String tgt, String date) {
        return new Event(doc, 0, new ActorRef(src, src, src, null, null), new ActorRef(tgt, tgt, tgt, null, null),
                "042", "04", 1, 1.9, "CONSULT", EventDate.day(LocalDate.parse(date), false, "test"),
                new Evidence("They met.", 0, 9), new Evidence("met", 5, 8), 0.8, "test", false);
    }

    @Test
    void storesOnceAndQueriesByDyadAndDate(@TempDir Path dir) {
        Path file = dir.resolve("sub").resolve("e.duckdb");
        Document d1 = Document.ofText("d1", "x", "first text");
        Document d2 = Document.ofText("d2", "y", "second text");
        Article a = new Article("d1", "T", LocalDate.of(2018, 1, 1), null, null, null, null, "en", "first text");
        try (DuckDbStore s = new DuckDbStore(file)) {
            assertFalse(s.contains(d1));
            s.put(d1, a, List.of(event("d1", "RUS", "IRN", "2017-11-01"), event("d1", "IRN", "RUS", "2016-08-08")));
            s.put(d2, a, List.of(event("d2", "USA", "CHN", "2019-01-01")));
            assertTrue(s.contains(d1));
        }
        try (DuckDbStore s = new DuckDbStore(file)) {
            assertEquals(2, s.documentCount());
            assertTrue(s.contains(Document.ofText("other-id", "z", "first text")), "same content, same document");
            List<Event> t = s.timeline("RUS", "IRN");
            assertEquals(List.of("2016-08-08", "2017-11-01"), t.stream().map(e -> e.date().value()).toList());
            assertEquals("IRN-RUS", s.dyads(5).get(0).dyad());
            assertEquals(2, s.dyads(5).get(0).events());
            assertEquals(3, s.events().size());
            assertFalse(s.put(Document.ofText("d3", "w", "first text"), a, List.of(event("d3", "RUS", "IRN", "2017-11-01"))),
                    "a story repeated under another id is not stored twice");
            assertEquals(2, s.documentCount());
            assertEquals(3, s.events().size());
            assertTrue(s.put(Document.ofText("d4", "v", "fourth text"), a, List.of()), "and the store still takes new ones");
            assertEquals(3, s.documentCount());
        }
    }

    /** A store written before events carried PLOVER mode and context gets both when opened. */
    @Test
    void theStoreKeepsDuckDbWithinAMemoryCeilingBesideTheHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.duckdb");
        try (DuckDbStore store = new DuckDbStore(file);
             java.sql.ResultSet rs = store.connection().createStatement().executeQuery("SELECT current_setting('memory_limit')")) {
            rs.next();
            String limit = rs.getString(1); // DuckDB writes 512MB as "488.2 MiB"
            double mib = Double.parseDouble(limit.replaceAll("[^0-9.]", ""));
            assertTrue(limit.contains("MiB") && mib > 400 && mib < 600, "DuckDB's default would be most of the machine: " + limit);
        }
        try (java.sql.Connection c = StoreReader.open(file);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT current_setting('memory_limit')")) {
            rs.next();
            assertTrue(rs.getString(1).contains("MiB"), rs.getString(1));
        }
    }

    @Test
    void anOlderStoreIsMigratedWhenOpened(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.duckdb");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE events (doc VARCHAR NOT NULL, sentence INTEGER NOT NULL, "
                    + "source_text VARCHAR, source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR, "
                    + "target_text VARCHAR, target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, "
                    + "cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR, "
                    + "event_date VARCHAR, date_grain VARCHAR, date_inferred BOOLEAN, date_rule VARCHAR, "
                    + "evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER, "
                    + "trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER, "
                    + "confidence DOUBLE, rule VARCHAR, negated BOOLEAN, dyad VARCHAR)");
            st.execute("INSERT INTO events VALUES ('d1', 0, 'Iran', 'IRNGOV', 'IRN', 'GOV', 'Russia', 'RUS', 'RUS', NULL, "
                    + "'042', '04', 1, 1.9, 'CONSULT', '2019-06-11', 'day', false, 'weekday', "
                    + "'Iranian troops and diplomats visited Moscow on Tuesday.', 0, 55, 'visited', 30, 37, 0.8, 'verbs.tsv:1', false, 'IRN-RUS')");
        }
        try (DuckDbStore s = new DuckDbStore(file)) {
            Event e = s.events().get(0);
            assertEquals("visit", e.ploverMode());
            assertTrue(e.ploverContext().contains("military"), e.ploverContext().toString());
        }
    }
}
