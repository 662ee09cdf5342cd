package org.entente.nlp;

import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.model.Sentence;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Runner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A text longer than one annotation holds is read in parts, every part coded; one too long for a document is refused by name. */
class LongTextTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    @Test
    void partsEndAtAParagraphOrSentenceEnd() {
        String para = "Chile and Peru held talks on trade. ".repeat(100) + "\n\n";
        String text = para.repeat(120);
        int end = AnnotateStage.partEnd(text, 0);
        assertTrue(end <= AnnotateStage.MAX_NLP_CHARS && end > AnnotateStage.MAX_NLP_CHARS / 2, "" + end);
        assertEquals("\n\n", text.substring(end - 2, end), "at a paragraph break");
        String oneParagraph = "Chile and Peru held talks on trade. ".repeat(12_000);
        int cut = AnnotateStage.partEnd(oneParagraph, 0);
        assertEquals(". ", oneParagraph.substring(cut - 2, cut), "no paragraph break: at a sentence end");
        assertEquals(oneParagraph.length(), AnnotateStage.partEnd(oneParagraph, oneParagraph.length() - 10));
    }

    @Test
    void aTextLongerThanOneAnnotationIsCodedToItsEnd() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < AnnotateStage.MAX_NLP_CHARS * 2 + 50_000; i++) {
            b.append("The weather in the capital was mild on day ").append(i).append(" of the long season. ");
            if (i % 40 == 39) b.append("\n\n");
        }
        String last = "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Tuesday.";
        Analysis a = PIPELINE.process(new Document("long", "test", b + "\n\n" + last + "\n", null, null, null, "2024-05-02", null));
        String clean = a.annotated().article().text();
        List<Sentence> sentences = a.annotated().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index());
            assertEquals(s.text(), clean.substring(s.begin(), s.end()), "sentence " + i + " placed in the whole text");
            if (i > 0) assertTrue(s.paragraph() >= sentences.get(i - 1).paragraph());
        }
        Event met = a.events().stream().filter(e -> e.root().equals("04")).findFirst()
                .orElseThrow(() -> new AssertionError("the last part is coded too: " + a.events()));
        assertEquals(met.evidence().text(), clean.substring(met.evidence().start(), met.evidence().end()));
        assertTrue(met.evidence().start() > AnnotateStage.MAX_NLP_CHARS * 2, "" + met.evidence().start());
    }

    @Test
    void aTextTooLongForOneDocumentIsRefusedByNameAndTheRunGoesOn() {
        String huge = "Chile and Peru held talks on trade. ".repeat(AnnotateStage.MAX_DOCUMENT_CHARS / 36 + 10);
        String small = "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Tuesday.";
        List<String> done = new ArrayList<>(), refused = new ArrayList<>();
        Runner.run(sink -> {
            sink.accept(new Document("huge", "huge.txt", huge, null, null, null, "2024-05-02", null));
            sink.accept(new Document("small", "small.txt", small, null, null, null, "2024-05-02", null));
        }, 1, PIPELINE::process, d -> false, new Runner.Listener<Analysis>() {
            @Override
            public void done(Document d, Analysis r) {
                done.add(d.id());
            }

            @Override
            public void rejected(String origin, String reason) {
                refused.add(origin + ": " + reason);
            }
        });
        assertEquals(List.of("small"), done);
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).startsWith("huge.txt: text of ") && refused.get(0).contains("split it into articles"), refused.get(0));
    }
}
