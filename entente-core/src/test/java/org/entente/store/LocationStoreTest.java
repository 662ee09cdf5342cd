package org.entente.store;

import org.entente.geo.Gazetteer;
import org.entente.merge.EventMerger;
import org.entente.merge.MergedEvent;
import org.entente.merge.StoredMerge;
import org.entente.model.ActorRef;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Evidence;
import org.entente.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An event's location through a real DuckDB file and the GDELT export's geo columns. */
class LocationStoreTest {
    private static final Location KHARKIV = Gazetteer.standard().places("Kharkiv").stream()
            .filter(n -> n.place().id() != null).findFirst().orElseThrow().place().location("sentence");

    private static Event event(String doc, Location where) {
        return new Event(doc, 0, new ActorRef("Russian forces", "RUSMIL", "RUS", "MIL", null), new ActorRef("Ukraine", "UKR", "UKR", null, null),
                "190", "19", 4, -10.0, "ASSAULT", EventDate.day(LocalDate.parse("2025-03-13"), false, "test"),
                new Evidence("Russian forces struck Kharkiv.", 0, 30), new Evidence("struck", 15, 21), 0.8, "test", false)
                .withLocation(where);
    }

    @Test
    void aLocationIsStoredReadBackAndWrittenAsGdeltGeo(@TempDir Path dir) throws Exception {
        Article a = new Article("d1", "T", LocalDate.of(2025, 3, 14), null, null, null, null, "en", "x");
        try (DuckDbStore s = new DuckDbStore(dir.resolve("e.duckdb"))) {
            s.put(Document.ofText("d1", "x", "one"), a, List.of(event("d1", KHARKIV)));
            s.put(Document.ofText("d2", "y", "two"), a, List.of(event("d2", null)));
            Map<String, Event> byDoc = new java.util.HashMap<>();
            for (Event e : s.events()) byDoc.put(e.doc(), e);
            assertEquals(KHARKIV, byDoc.get("d1").location());
            assertNull(byDoc.get("d2").location());

            List<MergedEvent> merged = new StoredMerge(new EventMerger()).events(s);
            GdeltExport.write(merged, s.documents(), dir.resolve("gdelt"));
            String[] row = Files.readAllLines(dir.resolve("gdelt").resolve(GdeltExport.EVENTS)).get(0).split("\t", -1);
            assertEquals(61, row.length);
            assertEquals("4", row[51], "ActionGeo_Type: a town outside the US");
            assertEquals("UP", row[53], "FIPS code of Ukraine");
            assertEquals("UP07", row[54]);
            assertEquals(KHARKIV.lat(), Double.parseDouble(row[56]), 1e-3);
            assertEquals(KHARKIV.geonameId().toString(), row[58]);
            assertEquals("1", row[35], "Actor1Geo: Russia's forces are not of the state Kharkiv lies in");
            assertEquals("RS", row[37]);
            assertEquals("UP", row[45], "Actor2Geo: Ukraine is placed at the event");
        }
    }
}
