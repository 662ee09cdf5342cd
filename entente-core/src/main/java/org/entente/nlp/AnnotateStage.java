package org.entente.nlp;

import org.entente.model.AnnotatedArticle;
import org.entente.model.Article;
import org.entente.model.Sentence;
import org.entente.stage.DocumentRecord;
import org.entente.stage.Part;
import org.entente.stage.Stage;

import java.util.Set;

/** The NLP stage: sentences, tokens, parts of speech and lemmas of the article, up to {@link #MAX_NLP_CHARS}. */
public final class AnnotateStage implements Stage {
    /**
     * The longest text the NLP stage reads: a news article is a few thousand characters (the
     * longest of 21,578 Reuters stories 13,387, of the VOA stories 7,108), so a longer "article"
     * (a dump pasted into one file) is read up to here, at a paragraph boundary, with a warning
     * naming it. At 1,000,000 such a dump gave 19,608 events and took the analysing process past
     * 4 GB; at this bound it stays within the launcher's heap.
     */
    public static final int MAX_NLP_CHARS = 200_000;

    private final TextAnnotator annotator;

    public AnnotateStage(TextAnnotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public String name() {
        return "nlp";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.ARTICLE);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.SENTENCES);
    }

    @Override
    public DocumentRecord apply(DocumentRecord r) {
        if (r.article().text().length() > MAX_NLP_CHARS) { // never cut in silence
            System.err.printf("warning: %s: text of %,d characters; events are read from its first %,d%n",
                    r.document().origin(), r.article().text().length(), bounded(r.article()).text().length());
        }
        AnnotatedArticle a = annotate(r.article());
        int tokens = 0;
        for (Sentence s : a.sentences()) tokens += s.tokens().size();
        return r.withSentences(a, tokens);
    }

    /** The article annotated as the stage does it (its text bounded). */
    public AnnotatedArticle annotate(Article a) {
        return annotator.annotate(bounded(a));
    }

    static Article bounded(Article a) {
        if (a.text().length() <= MAX_NLP_CHARS) return a;
        int cut = a.text().lastIndexOf("\n\n", MAX_NLP_CHARS);
        if (cut < MAX_NLP_CHARS / 2) cut = MAX_NLP_CHARS;
        return new Article(a.docId(), a.title(), a.published(), a.inferredAfter(), a.author(), a.outlet(), a.dateline(),
                a.language(), a.text().substring(0, cut));
    }
}
