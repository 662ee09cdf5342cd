package org.entente.model;

import java.time.LocalDate;

/**
 * A cleaned article: the body text with its metadata.
 *
 * @param docId          the document id
 * @param title          the headline, or null
 * @param published      the stated publication date, or null; never invented
 * @param inferredAfter  a lower bound for the publication date inferred from the latest explicit
 *                       date the text mentions, or null (only set when {@code published} is null)
 * @param author         byline, or null
 * @param outlet         the outlet, or null
 * @param dateline       the dateline city, or null
 * @param language       ISO 639-1 language code, or "und"
 * @param text           the clean body, paragraphs separated by a blank line
 */
public record Article(String docId, String title, LocalDate published, LocalDate inferredAfter,
                      String author, String outlet, String dateline, String language, String text) {

    /** The date relative expressions resolve against: the stated date, else the inferred bound. */
    public LocalDate anchor() {
        return published != null ? published : inferredAfter;
    }

    public boolean anchorInferred() {
        return published == null && inferredAfter != null;
    }
}
