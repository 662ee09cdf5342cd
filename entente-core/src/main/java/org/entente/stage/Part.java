package org.entente.stage;

/** What a document's record can hold; each stage names the parts it requires and those it provides. */
public enum Part {
    /** The input as read: id, origin, text or HTML, metadata. */
    DOCUMENT,
    /** The clean article: text, title, publication date (or a bound on it), language. */
    ARTICLE,
    /** Sentences with tokens, parts of speech and lemmas. */
    SENTENCES,
    /** Actor mentions, resolved as of the article's date. */
    MENTIONS,
    /** The article's date bound from what its actors were when (a titled person was written of after taking office). */
    ANCHOR,
    /** Dependency parses of the sentences that can hold an event. */
    PARSES,
    /** Coded events: CAMEO, PLOVER (type, mode, context), source, target, evidence, provenance. */
    EVENTS,
    /** Events with the date they happened, their people resolved as of that date. */
    DATES,
    /** Events with the place they happened, where the text gives one. */
    PLACES
}
