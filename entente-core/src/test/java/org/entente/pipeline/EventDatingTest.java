package org.entente.pipeline;

import org.entente.model.Document;
import org.entente.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Event dates in stories we write, published with a date-time as feeds carry it. */
class EventDatingTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static List<Event> events(String published, String text) {
        return PIPELINE.process(new Document("t", "test.jsonl:1", text, null, null, null, published, null)).events();
    }

    private static String dateOf(List<Event> events, String trigger) {
        for (Event e : events) {
            if (e.trigger() != null && e.trigger().text().equals(trigger)) return e.date().value();
        }
        throw new AssertionError("no event triggered by '" + trigger + "' in " + events);
    }

    @Test
    void aDateTimeWithAZoneAnchorsTheStory() {
        List<Event> e = events("2025-03-14T20:30:26Z",
                "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Thursday.");
        assertEquals("2025-03-13", dateOf(e, "met"));
    }

    /** Asserts the date of each named act of a story: pairs of trigger and date. */
    private static void assertDates(String published, String story, String... triggerAndDate) {
        List<Event> e = events(published, story);
        for (int i = 0; i < triggerAndDate.length; i += 2) {
            assertEquals(triggerAndDate[i + 1], dateOf(e, triggerAndDate[i]), "'" + triggerAndDate[i] + "' in: " + story);
        }
    }

    @Test
    void aTimeInAnAsideAboutAnActorDoesNotDateTheAct() {
        // the lead's Thursday, not next month nor 2022
        assertDates("2025-03-14T10:00:00Z", "Chilean President Gabriel Boric met Bolivian President Luis Arce on Thursday. "
                + "Boric, who is expected to visit Lima next month, praised Peru. "
                + "Peruvian President Dina Boluarte, who took office in 2022, thanked Chile.", "praised", "2025-03-13", "thanked", "2025-03-13");
    }

    @Test
    void aBackgroundYearDoesNotDateTheActsReportedAfterIt() {
        assertDates("2025-03-14T10:00:00Z", "Chilean President Gabriel Boric criticized Peru on Thursday. "
                + "Chile accused Peru of espionage in 2019, and relations have been tense since 1927. "
                + "Boric also met Bolivian President Luis Arce. "
                + "Peru plans to double its trade with Bolivia by 2030. "
                + "Peruvian President Dina Boluarte thanked Bolivia.",
                "criticized", "2025-03-13", "accused", "2019", "met", "2025-03-13", "thanked", "2025-03-13");
    }

    @Test
    void anExplicitYearInTheActsOwnSentenceDatesIt() {
        List<Event> e = events("2025-03-14T10:00:00Z",
                "In the 1990s, Peru and Chile argued over fishing. "
                        + "A year ago, Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima.");
        assertEquals("2024", dateOf(e, "met"));
        assertFalse(e.isEmpty());
    }

    @Test
    void anActNamedAfterTwoDaysAfterHappenedTwoDaysBefore() {
        List<Event> e = events("2025-03-14T10:00:00Z",
                "Chilean President Gabriel Boric met Bolivian President Luis Arce on Thursday, two days after Peru accused Chile of espionage.");
        assertEquals("2025-03-13", dateOf(e, "met"));
        assertEquals("2025-03-11", dateOf(e, "accused"));
        List<Event> fronted = events("2025-03-14T10:00:00Z",
                "Two days after the vote, Chilean President Gabriel Boric met Bolivian President Luis Arce on Thursday.");
        assertEquals("2025-03-13", dateOf(fronted, "met"), "a fronted phrase dates the clause it opens, not the act after the comma");
    }

    @Test
    void whatIsYetToComeDatesNoActReportedAsDone() {
        // the planned visit is tomorrow's; the praise, done, is dated neither by tomorrow nor by a day before it
        assertDates("2025-03-10T21:00:00Z", "Chilean President Gabriel Boric met Bolivian President Luis Arce on Monday. "
                + "Boric will visit Lima tomorrow. Chile also praised Peru for its help.", "visit", "2025-03-11", "praised", "2025-03-10");
    }

    @Test
    void aYearQualifyingTheActsNounDatesItAndOnlyIt() {
        // the accord's year is not the accusation's
        assertDates("2025-03-14T10:00:00Z", "Chilean President Gabriel Boric criticized Peru on Thursday. "
                + "Refugees left Peru after a 2013 agreement between Chile and Peru. "
                + "Chile accused Peru of breaking the 2018 accord.", "agreement", "2013", "accused", "2025-03-13");
    }
}
