package org.entente.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PLOVER contexts read off evidence sentences we write. */
class PloverContextTest {
    private final PloverContext contexts = PloverContext.standard();

    @Test
    void wordsAndPhrasesShowContexts() {
        assertEquals(List.of("military", "territory"), contexts.of("Troops massed along the border on Monday."));
        assertEquals(List.of("economic", "natural_resource"), contexts.of("The two sides signed a trade deal on oil and gas."));
        assertEquals(List.of("human_rights", "legal"), List.of("human_rights", "legal").stream()
                .filter(contexts.of("A court heard the human rights case.")::contains).toList());
        assertEquals(List.of("cbrn"), contexts.of("Talks on uranium enrichment and chemical weapons resumed.")
                .stream().filter(c -> c.equals("cbrn")).toList());
    }

    @Test
    void aSentenceAboutNothingInParticularHasNone() {
        assertEquals(List.of(), contexts.of("The two presidents met in Ankara on Tuesday."));
        assertEquals(List.of(), contexts.of(null));
    }

    @Test
    void modesComeFromTheCameoCodeWhereItSaysHow() {
        CameoTable t = CameoTable.standard();
        assertEquals("visit", t.ploverMode("042"));
        assertEquals("CONSULT", t.plover("042"));
        assertEquals("arrest", t.ploverMode("173"));
        assertEquals("suicide-attack", t.ploverMode("1831"));
        assertEquals("explosives", t.ploverMode("1832"));
        assertEquals(null, t.ploverMode("040"), "talks in general say nothing of how");
    }
}
