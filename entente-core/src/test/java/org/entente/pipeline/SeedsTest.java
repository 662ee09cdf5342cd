package org.entente.pipeline;

import org.entente.Shared;
import org.entente.ingest.IngestSink;
import org.entente.ingest.Inputs;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five real seed articles in ../shared (skipped where it is absent). */
class SeedsTest {
    private static final Map<String, Analysis> BY_DOC = new HashMap<>();

    @BeforeAll
    static void run() {
        Path seeds = Shared.require("corpus/seeds");
        Pipeline p = Pipeline.standard();
        List<Document> docs = new ArrayList<>();
        Inputs.read(List.of(seeds), new IngestSink() {
            @Override
            public void accept(Document d) {
                docs.add(d);
            }

            @Override
            public void reject(String origin, String reason) {
                throw new AssertionError(origin + ": " + reason);
            }
        });
        for (Document d : docs) BY_DOC.put(d.id().substring(0, 3), p.process(d));
    }

    private static Article article(String prefix) {
        return BY_DOC.get(prefix).annotated().article();
    }

    private static boolean has(String prefix, String a, String b, String root, String datePattern) {
        for (Event e : BY_DOC.get(prefix).reported()) {
            if (e.target() == null || !e.root().equals(root)) continue;
            boolean dyad = e.source().principal().equals(a) && e.target().principal().equals(b);
            if (dyad && e.date().value() != null && e.date().value().matches(datePattern)) return true;
        }
        return false;
    }

    private static String dump(String prefix) {
        StringBuilder b = new StringBuilder();
        for (Event e : BY_DOC.get(prefix).reported()) {
            b.append('\n').append(e.source().code()).append('>').append(e.target() == null ? "-" : e.target().code())
                    .append(' ').append(e.cameo()).append(' ').append(e.date().value()).append(" | ")
                    .append(e.evidence().text(), 0, Math.min(90, e.evidence().text().length()));
        }
        return b.toString();
    }

    @Test
    void everyNamedActorOfTheSeedsResolvesAsOfItsArticle() {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("Rouhani", "IRNGOV");
        expected.put("Putin", "RUSGOV");
        expected.put("Raisi", "IRNGOV");
        expected.put("Volodin", "RUSLEG");
        expected.put("Khamenei", "IRNGOV");
        expected.put("Aliyev", "AZEGOV");
        expected.put("Majlis", "IRNLEG");
        expected.put("Kremlin", "RUSGOV");
        expected.put("NATO", "IGOWSTNAT");
        expected.put("Rosneft", "RUSBUS");
        expected.put("National Iranian Oil Company", "IRNBUS");
        expected.put("Tehran", "IRN(GOV)?");
        expected.put("Moscow", "RUS(GOV)?");
        Map<String, Integer> seen = new HashMap<>();
        StringBuilder wrong = new StringBuilder();
        for (Analysis a : BY_DOC.values()) {
            for (var m : a.mentions()) {
                for (Map.Entry<String, String> x : expected.entrySet()) {
                    if (!m.text().contains(x.getKey()) || m.actors().size() != 1) continue;
                    if (x.getKey().equals("Majlis") && m.person() != null) continue; // "Majlis Speaker X" names a person
                    if (m.person() != null && !m.text().contains(x.getKey())) continue;
                    seen.merge(x.getKey(), 1, Integer::sum);
                    if (!m.actor().code().matches(x.getValue())) {
                        wrong.append('\n').append(a.document().id(), 0, 3).append(": ").append(m.text()).append(" = ").append(m.actor().code());
                    }
                }
            }
        }
        assertEquals("", wrong.toString());
        for (String name : expected.keySet()) assertTrue(seen.containsKey(name), name + " never recognised");
    }

    @Test
    void bakuTalksAreConsultationsOnAugust8() {
        assertTrue(has("000", "IRN", "RUS", "04", "2016-08-08") || has("000", "RUS", "IRN", "04", "2016-08-08"), dump("000"));
    }

    @Test
    void volodinTalksAreDatedApril9() {
        assertTrue(has("001", "IRN", "RUS", "04", "2018-04-09"), dump("001"));
    }

    @Test
    void putinsVisitIsDatedNovember1() {
        assertTrue(has("004", "RUS", "IRN", "04", "\\d{4}-11-01"), dump("004"));
    }

    /** An event of the root between the two states, either way round when {@code either}, whatever its date. */
    private static boolean coded(String prefix, String a, String b, String root, boolean either) {
        for (Event e : BY_DOC.get(prefix).reported()) {
            if (e.target() == null || !e.root().equals(root)) continue;
            String s = e.source().principal(), t = e.target().principal();
            if (s.equals(a) && t.equals(b) || either && s.equals(b) && t.equals(a)) return true;
        }
        return false;
    }

    @Test
    void everyActTheSeedsAreReadForIsCoded() {
        assertTrue(coded("001", "IRN", "RUS", "05", true), "the 14 agreements" + dump("001"));
        assertTrue(coded("002", "IRN", "RUS", "03", false) || coded("002", "IRN", "RUS", "04", false), "Rouhani's trip" + dump("002"));
        assertTrue(coded("003", "IRN", "RUS", "04", false), "Raisi's visit" + dump("003"));
        assertTrue(coded("003", "RUS", "UKR", "15", false), "the build-up on the Ukrainian border" + dump("003"));
        assertTrue(coded("004", "USA", "IRN", "13", false), "Trump's threat" + dump("004"));
        assertTrue(coded("004", "RUS", "USA", "11", false), "Moscow's criticism" + dump("004"));
        assertTrue(coded("004", "RUS", "USA", "12", false), "Moscow's rejection" + dump("004"));
        assertTrue(coded("004", "RUS", "IRN", "05", true), "the Rosneft-NIOC deal" + dump("004"));
    }

    @Test
    void extractionOfTheSeeds() {
        assertEquals("2016-08-09", article("000").published().toString());
        assertEquals("2018-04-17", article("001").published().toString());
        assertEquals("2020-12-01", article("002").published().toString());
        assertNull(article("003").published());
        assertNull(article("004").published());
        assertNotNull(article("004").inferredAfter());
        assertNotNull(article("003").inferredAfter(), "003 names Syria's president Bashar al-Assad: written after he took office");
        assertEquals("Iran, Russia strategic ties", article("000").title());
        assertEquals("Tehran, Moscow boosting strategic relations", article("001").title());
        assertEquals("Russia's Pursuit of Closer Relations Attests to Iran's Regional Clout", article("004").title());
        assertEquals("Alireza Sanei", article("000").author());
        assertEquals("Kenneth Erwin Engelhardt", article("002").author());
        assertEquals("Financialtribune.com", article("004").outlet());
        for (String junk : List.of("Captcha", "Security Key", "Page Generated", "News Code", "0 Persons", "min read",
                "Leave a Reply", "Akismet", "Add new comment", "comment policy", "Random Link", "Follow us", "Copyright")) {
            for (Analysis a : BY_DOC.values()) {
                assertFalse(a.annotated().article().text().contains(junk), junk + " in " + a.document().id());
            }
        }
    }
}
