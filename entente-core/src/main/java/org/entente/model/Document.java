package org.entente.model;

/**
 * One input document as it was read, before cleaning.
 *
 * @param id      stable document id (file name without extension, JSONL {@code id}, WARC URI)
 * @param origin  where it came from (path, path:line), for messages and provenance
 * @param text    the raw text, or null when the document is HTML
 * @param html    the raw HTML, or null when the document is text
 * @param title   a title given by the input (JSONL), or null
 * @param url     a URL given by the input, or null
 * @param date    a publication date given by the input (ISO date or date-time), or null
 * @param outlet  an outlet given by the input, or null
 */
public record Document(String id, String origin, String text, String html,
                       String title, String url, String date, String outlet) {
    public Document {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("document id is required");
    }

    public static Document ofText(String id, String origin, String text) {
        return new Document(id, origin, text, null, null, null, null, null);
    }

    public boolean isHtml() {
        return html != null;
    }

    /** The raw content, whichever kind it is. */
    public String content() {
        return html != null ? html : text;
    }
}
