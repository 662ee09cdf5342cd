package org.entente.nlp;

import org.entente.model.AnnotatedArticle;
import org.entente.model.Article;
import org.entente.model.DocumentRefused;
import org.entente.model.Sentence;
import org.entente.model.Token;
import org.entente.stage.DocumentRecord;
import org.entente.stage.Part;
import org.entente.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The NLP stage: sentences, tokens, parts of speech and lemmas of the article, annotated in parts
 * of at most {@link #MAX_NLP_CHARS}; a text over {@link #MAX_DOCUMENT_CHARS} is refused.
 */
public final class AnnotateStage implements Stage {
    /**
     * The longest text the NLP stage annotates at once: a news article is a few thousand characters
     * (the longest of 21,578 Reuters stories 13,387, of the VOA stories 7,108), so a longer one (a
     * dump pasted into one file) is annotated in parts of at most this many characters, cut at a
     * paragraph or sentence end, and memory stays bounded. (Annotated whole, a text of 1,000,000
     * characters took the analysing process past 4 GB.)
     */
    public static final int MAX_NLP_CHARS = 200_000;

    /** The longest text one document may have: beyond it the document is refused by name, to be split into articles. */
    public static final int MAX_DOCUMENT_CHARS = 1_000_000;

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
        AnnotatedArticle a = annotate(r.article());
        int tokens = 0;
        for (Sentence s : a.sentences()) tokens += s.tokens().size();
        return r.withSentences(a, tokens);
    }

    /**
     * The article annotated as the stage does it: whole, or in parts when it is longer than
     * {@link #MAX_NLP_CHARS}, the parts' sentences numbered and placed in the whole text.
     *
     * @throws DocumentRefused when the text is longer than {@link #MAX_DOCUMENT_CHARS}
     */
    public AnnotatedArticle annotate(Article a) {
        int n = a.text().length();
        if (n > MAX_DOCUMENT_CHARS) {
            throw new DocumentRefused(String.format("text of %,d characters: one document may have at most %,d; "
                    + "split it into articles (one a file, or one a JSON line)", n, MAX_DOCUMENT_CHARS));
        }
        if (n <= MAX_NLP_CHARS) return annotator.annotate(a);
        List<Sentence> all = new ArrayList<>();
        int paragraphs = 0;
        for (int start = 0; start < n; ) {
            int end = partEnd(a.text(), start);
            Article part = new Article(a.docId(), a.title(), a.published(), a.inferredAfter(), a.author(), a.outlet(), a.dateline(),
                    a.language(), a.text().substring(start, end));
            int last = paragraphs;
            for (Sentence s : annotator.annotate(part).sentences()) {
                all.add(shifted(s, all.size(), paragraphs + s.paragraph(), start));
                last = paragraphs + s.paragraph();
            }
            // a part that ends at a paragraph break starts the next paragraph; one cut inside a paragraph continues it
            paragraphs = a.text().startsWith("\n\n", end - 2) || a.text().startsWith("\n\n", end) ? last + 1 : last;
            start = end;
        }
        return new AnnotatedArticle(a, all);
    }

    /** Where the part from {@code start} ends: a paragraph break, else a sentence end, in its second half; else its limit. */
    static int partEnd(String text, int start) {
        int limit = start + MAX_NLP_CHARS;
        if (limit >= text.length()) return text.length();
        int cut = text.lastIndexOf("\n\n", limit);
        if (cut > start + MAX_NLP_CHARS / 2) return cut + 2;
        cut = text.lastIndexOf(". ", limit);
        if (cut > start + MAX_NLP_CHARS / 2) return cut + 2;
        return limit;
    }

    private static Sentence shifted(Sentence s, int index, int paragraph, int by) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.begin() + by, t.end() + by));
        return new Sentence(index, paragraph, s.begin() + by, s.end() + by, s.text(), tokens, s.dependencies());
    }
}
