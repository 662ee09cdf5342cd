package org.entente.geo;

import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.model.Location;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where events happened, in stories we write: through the whole chain, with the real gazetteer. */
class LocationTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static List<Event> events(String text) {
        return PIPELINE.process(new Document("t", "test.jsonl:1", text, null, null, null, "2025-03-14", null)).events();
    }

    private static Event by(List<Event> events, String trigger) {
        for (Event e : events) {
            if (e.trigger() != null && e.trigger().text().equals(trigger)) return e;
        }
        throw new AssertionError("no event triggered by '" + trigger + "' in " + events);
    }

    private static Location where(String text, String trigger) {
        return by(events(text), trigger).location();
    }

    @Test
    void aTownTheSentenceNamesIsWhereTheActHappened() {
        Location l = where("Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Ashgabat on Thursday.", "met");
        assertNotNull(l);
        assertEquals("Ashgabat", l.name());
        assertEquals("TKM", l.country());
        assertEquals("city", l.grain());
        assertEquals("sentence", l.how());
        assertNotNull(l.geonameId());
        assertEquals(37.95, l.lat(), 0.2);
        assertEquals(58.38, l.lon(), 0.2);
    }

    @Test
    void aCapitalThatActsForItsGovernmentIsNoPlace() {
        List<Event> e = events("Tehran rejected the offer from Washington on Thursday.");
        assertNull(by(e, "rejected").location());
    }

    @Test
    void aTownStruckIsBothTheTargetsStateAndTheLocation() {
        Event e = by(events("Russian forces launched missile strikes on Kharkiv on Thursday, Ukrainian officials said."), "launched");
        assertEquals("UKR", e.target().country());
        assertEquals("Kharkiv", e.location().name());
        assertEquals("UKR", e.location().country());
    }

    @Test
    void aSharedNameIsTheLargerPlaceUnlessTheTextQualifiesIt() {
        assertEquals("FRA", where("French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday.", "met").country());
        Location texas = where("Texas Governor Greg Abbott met Mexican officials in Paris, Texas, on Monday.", "met");
        assertEquals("USA", texas.country());
        assertEquals("Texas", texas.adm1());
    }

    @Test
    void aDivisionIsMeantWhenTheTextSaysRegion() {
        Location l = where("Russian troops shelled villages in the Kharkiv region on Thursday.", "shelled");
        assertEquals("adm1", l.grain());
        assertEquals("UKR", l.country());
    }

    @Test
    void aDivisionNamedWithItsCapitalisedKindIsTheDivision() {
        Location l = where("Russian forces shelled villages in Kherson Oblast on Monday.", "shelled");
        assertEquals("adm1", l.grain());
        assertEquals("UKR", l.country());
    }

    @Test
    void aNationalityWithCapitalIsThatStatesCapital() {
        Location l = where("Swedish Prime Minister Ulf Kristersson visited the Turkish capital on Monday.", "visited");
        assertEquals("Ankara", l.name());
    }

    @Test
    void aTownBeatsTheSeaItLiesOn() {
        Location l = where("Iranian President Hassan Rouhani held talks with Russian President Vladimir Putin in the Black Sea resort of Sochi.", "held");
        assertEquals("Sochi", l.name());
    }

    @Test
    void aRegionWeListIsThatRegion() {
        Location l = where("Israeli warplanes struck targets in Gaza on Thursday.", "struck");
        assertEquals("Gaza Strip", l.name());
        assertEquals("PSE", l.country());
    }

    @Test
    void aPlaceAfterItsStatesPossessiveIsPlacedByTheCueBeforeTheState() {
        Location l = where("U.S. forces killed an Islamic State leader in an airstrike in Iraq's Anbar desert on Thursday.", "killed");
        assertEquals("Anbar", l.name());
        assertEquals("IRQ", l.country());
        assertEquals("adm1", l.grain());
    }

    @Test
    void aStateAfterACompassWordIsAPlace() {
        Location l = where("Nigerian troops killed dozens of Boko Haram militants across the farmland of northeast Nigeria on Thursday.", "killed");
        assertEquals("NGA", l.country());
        assertEquals("country", l.grain());
    }

    @Test
    void aTownWeLackIsPlacedByTheDivisionThatQualifiesIt() {
        Location l = where("Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Zarechensk, Murmansk Oblast, on Monday.", "met");
        assertEquals("RUS", l.country());
        assertEquals("adm1", l.grain());
        assertNull(where("Putin met Pezeshkian in December, Iranian officials said.", "met"), "a month is no town");
    }

    @Test
    void theDatelinePlacesWhatNoSentenceDoes() {
        List<Event> e = PIPELINE.process(new Document("t", "t.txt", "NEW DELHI, Feb 26 (Reuters) - Pakistan condemned India on Tuesday.\n",
                null, null, null, "2019-02-26", null)).events();
        Location l = by(e, "condemned").location();
        assertEquals("New Delhi", l.name());
        assertEquals("dateline", l.how());
    }

    @Test
    void aDatelineInCapitalsWithItsStatePlacesTheStory() {
        List<Event> e = events("KYIV, Ukraine — Ukrainian President Volodymyr Zelenskyy criticized Russia on Thursday.");
        Location l = by(e, "criticized").location();
        assertEquals("Kyiv", l.name());
        assertEquals("UKR", l.country());
        assertEquals("dateline", l.how());
    }

    @Test
    void aTownWrittenWithoutItsAccentIsFound() {
        Location l = where("Ivorian troops clashed with rebels near Bouake on Thursday.", "clashed");
        assertEquals("CIV", l.country());
        assertEquals("city", l.grain());
    }

    @Test
    void aPlannedVisitTakesThePlaceItsClauseNames() {
        Location l = where("Iranian President Masoud Pezeshkian will visit Moscow next week, his office said.", "visit");
        assertEquals("Moscow", l.name());
    }

    @Test
    void withNoPlaceInTheTextThereIsNoLocation() {
        List<Event> e = events("Iranian Foreign Minister Abbas Araghchi criticized the United States on Thursday.");
        assertTrue(e.stream().allMatch(x -> x.location() == null), e.toString());
        assertTrue(!e.isEmpty());
    }

    @Test
    void aPlaceInTheSentenceBeforeInTheParagraphPlacesTheNext() {
        List<Event> e = events("Heavy fighting broke out in Mosul on Friday. Iraqi troops arrested 20 militants.");
        Location l = by(e, "arrested").location();
        assertEquals("Mosul", l.name());
        assertEquals("paragraph", l.how());
    }
}
