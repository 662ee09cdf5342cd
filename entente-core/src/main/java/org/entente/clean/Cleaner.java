package org.entente.clean;

import org.entente.model.Article;
import org.entente.model.Document;

/** The clean stage's entry interface: a raw document to a clean article with its metadata. */
public interface Cleaner {
    Article clean(Document document);

    /** The default cleaner: HTML through {@link HtmlCleaner}, text through {@link TextCleaner}. */
    static Cleaner standard() {
        TextCleaner text = new TextCleaner();
        HtmlCleaner html = new HtmlCleaner();
        return d -> d.isHtml() ? html.clean(d) : text.clean(d);
    }
}
