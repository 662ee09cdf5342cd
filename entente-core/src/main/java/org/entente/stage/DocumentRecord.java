package org.entente.stage;

import org.entente.model.ActorMention;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.model.Event;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One document's record as it goes down the chain of stages: it starts as the document and grows
 * (article, sentences, mentions, parses, events) as each stage adds its part. Immutable: a stage
 * returns a new record. {@code parts} says what it holds so far.
 *
 * @param tokens the number of tokens the NLP stage read
 */
public record DocumentRecord(Document document, Article article, AnnotatedArticle annotated, List<ActorMention> mentions,
                             List<Event> events, int tokens, Set<Part> parts) {
    public DocumentRecord {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        events = events == null ? List.of() : List.copyOf(events);
        parts = parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts);
    }

    /** A record holding the document alone. */
    public static DocumentRecord of(Document d) {
        return new DocumentRecord(d, null, null, List.of(), List.of(), 0, EnumSet.of(Part.DOCUMENT));
    }

    public boolean has(Part p) {
        return parts.contains(p);
    }

    /**
     * Whether events are coded for this document: English text (or text too short to tell); other
     * languages are extracted and flagged only.
     */
    public boolean codes() {
        return article != null && (article.language().equals("en") || article.language().equals("und"));
    }

    private Set<Part> plus(Part p) {
        Set<Part> s = EnumSet.copyOf(parts);
        s.add(p);
        return s;
    }

    public DocumentRecord withArticle(Article a) {
        AnnotatedArticle ann = annotated == null ? null : new AnnotatedArticle(a, annotated.sentences());
        return new DocumentRecord(document, a, ann, mentions, events, tokens, plus(Part.ARTICLE));
    }

    public DocumentRecord withSentences(AnnotatedArticle a, int tokenCount) {
        return new DocumentRecord(document, article, a, mentions, events, tokenCount, plus(Part.SENTENCES));
    }

    public DocumentRecord withMentions(List<ActorMention> m) {
        return new DocumentRecord(document, article, annotated, m, events, tokens, plus(Part.MENTIONS));
    }

    /** The article re-anchored (a later date bound) and its mentions resolved as of the new anchor. */
    public DocumentRecord withAnchor(Article a, List<ActorMention> m) {
        DocumentRecord r = withArticle(a);
        return new DocumentRecord(document, r.article, r.annotated, m, events, tokens, r.plus(Part.ANCHOR));
    }

    /** The article's anchor confirmed as it is. */
    public DocumentRecord anchored() {
        return new DocumentRecord(document, article, annotated, mentions, events, tokens, plus(Part.ANCHOR));
    }

    public DocumentRecord withParses(AnnotatedArticle a) {
        return new DocumentRecord(document, article, a, mentions, events, tokens, plus(Part.PARSES));
    }

    public DocumentRecord withEvents(List<Event> e, Part part) {
        return new DocumentRecord(document, article, annotated, mentions, e, tokens, plus(part));
    }
}
