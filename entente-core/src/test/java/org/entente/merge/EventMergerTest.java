package org.entente.merge;

import org.entente.model.ActorRef;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class EventMergerTest {
    private static Event event(String doc, String src, String tgt, String cameo, String date) {
        EventDate d = date == null ? EventDate.UNKNOWN : new EventDate(date, date.length() == 10 ? EventDate.Grain.DAY
                : EventDate.Grain.MONTH, false, "test");
        return new Event(doc, 0, new ActorRef(src, src + "GOV", src, "GOV", null), new ActorRef(tgt, tgt, tgt, null, null),
                cameo, cameo.substring(0, 2), 1, 1.0, "CONSULT", d, new Evidence("x", 0, 1), null, 0.5, "test", false);
    }

    @Test
    void reportsOfOneHappeningMergeAcrossDocuments() {
        List<MergedEvent> m = new EventMerger().merge(List.of(
                event("a", "RUS", "IRN", "042", "2017-11-01"),
                event("b", "RUS", "IRN", "040", "2017-11-01"),
                event("c", "IRN", "RUS", "040", "2017-11-01"),
                event("d", "RUS", "IRN", "042", "2017-11-02"),
                event("e", "RUS", "IRN", "111", "2017-11-01"),
                event("f", "IRN", "RUS", "111", "2017-11-01"),
                event("g", "RUS", "IRN", "042", null),
                event("h", "RUS", "IRN", "042", null)));
        assertEquals(6, m.size());
        assertEquals(3, m.get(0).mentions().size(), "meetings are mutual: direction ignored");
        assertEquals(3, m.get(0).sources());
        assertNotEquals(m.get(2).id(), m.get(3).id(), "criticism has a direction");
        assertEquals(1, m.get(4).mentions().size(), "undated reports are never merged");
    }

    @Test
    void idsAreStableAcrossRuns() {
        List<Event> es = List.of(event("a", "RUS", "IRN", "042", "2017-11-01"), event("g", "RUS", "IRN", "042", null));
        assertEquals(new EventMerger().merge(es).get(0).id(), new EventMerger().merge(es).get(0).id());
        assertEquals(new EventMerger().merge(es).get(1).id(), new EventMerger().merge(es).get(1).id());
    }
}
