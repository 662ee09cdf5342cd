package org.entente.events;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PETRARCH verb dictionary reader on a small dictionary we write, and on the real Phoenix one when present. */
class PetrarchVerbDictionaryTest {
    @Test
    void readsSynsetsBlocksAndPatterns(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("verbs.txt");
        Files.writeString(f, String.join("\n",
                "# a test dictionary",
                "&GRAIN",
                "# members follow",
                "+WHEAT",
                "+BARLEY_",
                "",
                "####### VERB PATTERNS #######",
                "---  SHIP   [070]  ---",
                "SHIP",
                "AIRLIFT {AIRLIFTS AIRLIFTED}",
                "- * &GRAIN (TO +)                 [073]   # SHIP",
                "- * {MILITARY HARDWARE}           [072]   # SHIP",
                "- $ SOLDIERS * (TO FRONT)         [150]   # words before the verb: left out",
                "- * ARMS                          [---]   # blocks coding only",
                "- * PEACEKEEPERS                  [0x1]   # a bad code",
                "",
                "---  CARRY_OUT   [---]  ---",
                "CARRY_OUT",
                "- * RAID                          [190]   # CARRY_OUT",
                ""));
        assertTrue(PetrarchVerbDictionary.looksLike(f));
        PetrarchVerbDictionary.Result r = PetrarchVerbDictionary.read(f);
        assertEquals(5, r.patterns(), "two verbs with the block's code; grain to, hardware, raid");
        assertEquals(1, r.skipped());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).contains("verbs.txt:15"), r.problems().toString());
        Pattern grain = r.lexicon().verb("airlift").stream().filter(p -> p.cameo().equals("073")).findFirst().orElseThrow();
        assertEquals(java.util.Set.of("wheat", "barley"), grain.objects());
        assertEquals(java.util.Set.of("to"), grain.preps());
        Pattern raid = r.lexicon().verb("carry").get(0);
        assertEquals(java.util.Set.of("out"), raid.particles());
        assertEquals(List.of("190"), r.lexicon().verb("carry").stream().map(Pattern::cameo).toList());
    }

    @Test
    void readsThePhoenixDictionary() {
        Path f = Path.of("..", "..", "shared", "dictionaries", "phoenix", "CAMEO.2.0.txt");
        Assumptions.assumeTrue(Files.exists(f), "../shared not present");
        PetrarchVerbDictionary.Result r = PetrarchVerbDictionary.read(f);
        assertTrue(r.patterns() > 4000, "patterns: " + r.patterns());
        assertTrue(r.problems().size() < 20, r.problems().toString());
    }
}
