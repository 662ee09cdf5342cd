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

    private static Event reported(String doc, String src, String tgt, String cameo, int quad, String date, String sentence) {
        EventDate d = new EventDate(date, date.length() == 10 ? EventDate.Grain.DAY : EventDate.Grain.MONTH, false, "test");
        return new Event(doc, 0, new ActorRef(src, src + "GOV", src, "GOV", null), new ActorRef(tgt, tgt + "GOV", tgt, "GOV", null),
                cameo, cameo.substring(0, 2), quad, 1.0, null, d, new Evidence(sentence, 0, sentence.length()), null, 0.5, "test", false);
    }

    @Test
    void evidenceThatReadsAlikeJoinsReportsAtDifferentGrainsAndNeighbouringCodes() {
        List<MergedEvent> m = new EventMerger().merge(List.of(
                reported("a", "RUS", "IRN", "042", 1, "2017-11-01",
                        "Russian President Vladimir Putin met his Iranian counterpart Hassan Rouhani in Tehran on Wednesday."),
                reported("b", "IRN", "RUS", "040", 1, "2017-11",
                        "Putin held talks with Rouhani during a visit to the Iranian capital this month, the Kremlin said."),
                reported("c", "RUS", "IRN", "040", 1, "2017-11",
                        "Foreign ministers Sergei Lavrov and Mohammad Javad Zarif discussed Syria by telephone."),
                reported("d", "IRN", "RUS", "057", 1, "2017-11-01", "Iran and Russia signed a deal on military cooperation in Moscow."),
                reported("e", "RUS", "IRN", "062", 2, "2017-11",
                        "Tehran and Moscow put their signatures to an agreement to cooperate on defence."),
                reported("f", "RUS", "IRN", "057", 1, "2017-12-05", "Iran and Russia signed a deal on military cooperation in Moscow."),
                reported("g", "RUS", "IRN", "161", 4, "2017-11", "Moscow expelled two Iranian diplomats accused of spying.")));
        assertEquals(List.of(List.of("a", "b"), List.of("c"), List.of("d", "e"), List.of("f"), List.of("g")),
                m.stream().map(x -> x.mentions().stream().map(Event::doc).toList()).toList());
    }
}
