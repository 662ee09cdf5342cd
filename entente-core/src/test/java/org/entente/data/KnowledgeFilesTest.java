package org.entente.data;

import org.entente.actors.KnowledgeBase;
import org.entente.clean.Boilerplate;
import org.entente.events.CameoTable;
import org.entente.events.Lexicon;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bundled data file loads; a bad line names its file and line. */
class KnowledgeFilesTest {
    @Test
    void bundledFilesLoad() {
        KnowledgeBase kb = KnowledgeBase.standard();
        assertTrue(kb.countries() >= 195, "states: " + kb.countries());
        org.entente.geo.Gazetteer.Footprint places = org.entente.geo.Gazetteer.measure();
        assertTrue(places.names() >= 50000, "place names: " + places.names());
        assertTrue(kb.people() >= 150, "people: " + kb.people());
        assertTrue(Lexicon.standard().size() >= 200, "patterns: " + Lexicon.standard().size());
        assertEquals(20, CameoTable.standard().roots().size());
        assertEquals("CONSULT", CameoTable.standard().plover("042"));
        assertEquals("SUPPORT", CameoTable.standard().plover("057"), "signing an agreement, as the PLOVER manual says");
        assertEquals("AGREE", CameoTable.standard().plover("030"), "promising to cooperate");
        CameoTable.Root consult = CameoTable.standard().root("042"), fight = CameoTable.standard().root("190");
        assertEquals("036", consult.intent());
        assertTrue(consult.joint() && consult.mutual() && !consult.placed());
        assertTrue(fight.joint() && !fight.mutual() && fight.placed(), "clashes are joint, but an attack and its reply are two happenings");
        assertEquals("138", fight.threat());
        assertTrue(CameoTable.standard().root("010").isStatement() && CameoTable.standard().root("130").isThreat());
        for (String root : CameoTable.standard().roots()) assertEquals(root, CameoTable.standard().root(root).root(), "every root has its line");
        assertEquals("RETREAT", CameoTable.standard().plover("0871"));
        assertTrue(Boilerplate.get().junkKind("Captcha refresh") != null);
        org.entente.events.JudgeLabels labels = org.entente.events.JudgeLabels.get(); // checks each label's code against plover.tsv
        assertEquals("AGREE", CameoTable.standard().plover(labels.cameo("AGREE")), "a judged AGREE is coded as an AGREE");
    }

    @Test
    void badLinesNameFileAndLine() {
        String text = "# comment\nA\tB\tC\nA\tB\n";
        KnowledgeFormatException e = assertThrows(KnowledgeFormatException.class,
                () -> TsvFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.tsv", 3));
        assertTrue(e.getMessage().startsWith("x.tsv:3:"), e.getMessage());
        String empty = "A\t\tC\n";
        KnowledgeFormatException e2 = assertThrows(KnowledgeFormatException.class,
                () -> TsvFile.read(new ByteArrayInputStream(empty.getBytes(StandardCharsets.UTF_8)), "y.tsv", 3));
        assertTrue(e2.getMessage().contains("y.tsv:1:") && e2.getMessage().contains("empty"), e2.getMessage());
    }
}
