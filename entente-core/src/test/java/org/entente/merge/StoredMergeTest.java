package org.entente.merge;

import org.entente.model.ActorRef;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Evidence;
import org.entente.store.DuckDbStore;
import org.entente.store.MergeTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merge stored in a real DuckDB file: incremental by block, and the same whatever order reports arrive in. */
class StoredMergeTest {
    private static Event event(String doc, String src, String tgt, String cameo, String date) {
        EventDate d = date == null ? EventDate.UNKNOWN : EventDate.day(LocalDate.parse(date), false, "test");
        return new Event(doc, 0, new ActorRef(src, src + "GOV", src, "GOV", null), new ActorRef(tgt, tgt + "GOV", tgt, "GOV", null),
                cameo, cameo.substring(0, 2), 1, 1.0, "CONSULT", d, new Evidence("Their ministers met in the capital.", 0, 35),
                null, 0.5, "test", false);
    }

    private static void put(DuckDbStore db, String doc, Event e) {
        Document d = new Document(doc, doc + ".txt", "text of " + doc, null, null, null, null, null);
        db.put(d, new Article(doc, null, null, null, null, null, null, "en", "text of " + doc), List.of(e));
    }

    /** Each merged event's id with its sorted documents. */
    private static Map<Long, List<String>> shape(List<MergedEvent> merged) {
        Map<Long, List<String>> out = new TreeMap<>();
        for (MergedEvent m : merged) {
            List<String> docs = new ArrayList<>();
            for (Event e : m.mentions()) docs.add(e.doc());
            docs.sort(null);
            out.put(m.id(), docs);
        }
        return out;
    }

    @Test
    void onlyTouchedBlocksAreMergedAndTheResultDoesNotDependOnArrivalOrder(@TempDir Path dir) {
        List<Event> reports = List.of(event("a", "RUS", "IRN", "042", "2017-11-01"), event("b", "IRN", "RUS", "042", "2017-11-01"),
                event("c", "RUS", "IRN", "042", "2018-03-05"), event("d", "TUR", "IRN", "042", "2017-11-01"),
                event("e", "RUS", "IRN", "042", null));
        StoredMerge merge = new StoredMerge(new EventMerger());
        Map<Long, List<String>> forward, backward;
        try (DuckDbStore db = new DuckDbStore(dir.resolve("forward.duckdb"))) {
            for (int i = 0; i < 3; i++) put(db, reports.get(i).doc(), reports.get(i));
            assertEquals(2, merge.update(db), "IRN-RUS 2017 and 2018");
            assertEquals(0, merge.update(db), "nothing new, nothing merged");
            for (int i = 3; i < 5; i++) put(db, reports.get(i).doc(), reports.get(i));
            assertEquals(List.of("IRN-TUR|2017", "u|e|0"), new MergeTables(db).dirtyBlocks(), "only the new reports' blocks wait");
            forward = shape(merge.events(db));
        }
        try (DuckDbStore db = new DuckDbStore(dir.resolve("backward.duckdb"))) {
            for (int i = 4; i >= 0; i--) put(db, reports.get(i).doc(), reports.get(i));
            backward = shape(merge.events(db));
        }
        assertEquals(forward, backward);
        assertEquals(4, forward.size(), forward.toString());
        assertTrue(forward.containsValue(List.of("a", "b")), "a meeting reported both ways is one happening: " + forward);
    }
}
