package org.entente.stage;

import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainTest {
    /** A stage made for the test: requires and provides what it is told, and records that it ran. */
    private record Fake(String name, Set<Part> requires, Set<Part> provides) implements Stage {
        @Override
        public DocumentRecord apply(DocumentRecord r) {
            Article a = new Article(r.document().id(), name, LocalDate.of(2024, 1, 1), null, null, null, null, "en", "text");
            return provides.contains(Part.ARTICLE) ? r.withArticle(a) : r;
        }
    }

    @Test
    void aStageWhoseRequirementNoEarlierStageProvidesIsAnErrorAtStartUp() {
        Stage clean = new Fake("clean", Set.of(Part.DOCUMENT), Set.of(Part.ARTICLE));
        Stage coder = new Fake("events", Set.of(Part.PARSES), Set.of(Part.EVENTS));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Chain(List.of(clean, coder)));
        assertTrue(e.getMessage().contains("'events'") && e.getMessage().contains("PARSES"), e.getMessage());
        Chain ok = new Chain(List.of(clean));
        DocumentRecord r = ok.run(DocumentRecord.of(new Document("d", "test", "text", null, null, null, null, null)));
        assertTrue(r.has(Part.ARTICLE) && r.has(Part.DOCUMENT));
        assertEquals("clean", r.article().title());
        assertFalse(r.has(Part.EVENTS));
    }

    @Test
    void theStandardChainIsCheckedAndListsItsStagesInOrder() {
        List<String> names = Pipeline.standard().chain().names();
        assertEquals(List.of("clean", "nlp", "actors", "role-date-bound", "parse", "events", "time", "people-at-event-date", "geo"), names);
    }
}
