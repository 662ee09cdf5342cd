package org.entente.geo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled gazetteer: what it holds and the codes exports need. */
class GazetteerTest {
    private static final Gazetteer G = Gazetteer.standard();

    @Test
    void holdsTownsDivisionsRegionsAndStates() {
        assertTrue(G.places("Bouake").stream().anyMatch(n -> n.place().country().equals("CIV")), "other names");
        assertTrue(G.places("Texas").stream().anyMatch(n -> n.place().grain() == Place.Grain.ADM1));
        assertTrue(G.places("Strait of Hormuz").stream().anyMatch(n -> n.place().country() == null));
        assertEquals("IRN", G.places("Iran").get(0).place().country());
        List<Gazetteer.Named> paris = G.places("Paris");
        assertTrue(paris.stream().map(n -> n.place().country()).distinct().count() > 1, "Paris is in more than one state");
    }

    @Test
    void ordinaryWordsAreNoTownsOtherName() {
        assertTrue(G.places("Area").isEmpty());
        assertTrue(G.places("Police").isEmpty());
    }

    @Test
    void aDivisionNamedOnlyByADirectionIsNotLookedUp() {
        assertTrue(G.places("North").isEmpty(), "Cameroon's North region: 'North African' is no place");
        assertTrue(G.places("Far North").isEmpty());
        assertTrue(G.places("Western").isEmpty());
        assertTrue(G.places("North Sumatra").stream().anyMatch(n -> n.place().country().equals("IDN")), "a direction with a name stays");
    }

    @Test
    void statesHaveFipsCodesAndPoints() {
        assertEquals("UK", G.fips("GBR"));
        assertEquals("RS", G.fips("RUS"));
        assertEquals("UP", G.fips("UKR"));
        assertFalse(G.country("IRN") == null);
    }
}
