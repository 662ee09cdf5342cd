package org.entente.actors;

import org.entente.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetrarchDictionaryTest {
    @Test
    void datedRolesAliasesAndMalformedLines(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("test.actors.txt");
        Files.writeString(f, """
                # a dictionary in the TABARI format, written for this test
                ZORAN_EXAMPLOVIC_
                +PRESIDENT_EXAMPLOVIC
                \t[SRBGOV 20040101-20120531]
                \t[SRBELI >20120531] # after office
                MIRA_TESTOVA_  [MNEGOV <990101]
                BROKEN_ENTRY_ [KORGOV 2004017-20061201]
                QUARTET_OF_TESTERS_ [IGOTST]
                """);
        List<PetrarchDictionary.Report> reports = new ArrayList<>();
        KnowledgeBase kb = KnowledgeBase.withDictionaries(List.of(f), reports);
        PetrarchDictionary.Report r = reports.get(0);
        assertEquals(1, r.malformed().size());
        assertTrue(r.malformed().get(0).contains("test.actors.txt:7"), r.malformed().toString());
        assertEquals("SRBGOV", kb.person("dict:ZORAN EXAMPLOVIC", LocalDate.of(2008, 1, 1)).code());
        assertEquals("SRBELI", kb.person("dict:ZORAN EXAMPLOVIC", LocalDate.of(2015, 1, 1)).code());
        assertEquals("MNEGOV", kb.person("dict:MIRA TESTOVA", LocalDate.of(1998, 1, 1)).code());
        assertTrue(kb.names().contains("PRESIDENT EXAMPLOVIC"));
        assertTrue(kb.names().contains("QUARTET OF TESTERS"));
        assertEquals(LocalDate.of(1999, 1, 1), PetrarchDictionary.date("990101"));
        assertEquals(LocalDate.of(2001, 12, 22), PetrarchDictionary.date("011222"));
    }

    @Test
    void phoenixDictionariesImport() {
        Path dir = Shared.require("dictionaries/phoenix");
        List<PetrarchDictionary.Report> reports = new ArrayList<>();
        KnowledgeBase kb = KnowledgeBase.withDictionaries(List.of(dir.resolve("Phoenix.Countries.actors.txt"),
                dir.resolve("Phoenix.International.actors.txt"), dir.resolve("Phoenix.MilNonState.actors.txt"),
                dir.resolve("Phoenix.agents.txt")), reports);
        int entries = reports.stream().mapToInt(PetrarchDictionary.Report::entries).sum();
        assertTrue(entries > 20_000, "entries: " + entries);
        assertTrue(kb.names().size() > KnowledgeBase.standard().names().size());
        // ours wins where both name an actor: Rouhani stays IRNGOV for his 2013-2021 term
        assertEquals("IRNGOV", kb.person("Hassan Rouhani", LocalDate.of(2015, 1, 1)).code());
    }
}
