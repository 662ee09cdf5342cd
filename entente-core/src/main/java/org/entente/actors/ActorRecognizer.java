package org.entente.actors;

import org.entente.model.ActorMention;
import org.entente.model.AnnotatedArticle;

import java.time.LocalDate;
import java.util.List;

/**
 * The actors stage's entry interface. Requires: sentences with tokens and POS tags. Provides:
 * actor mentions resolved to coded actors as of {@code asOf} (the article's date, or null).
 */
public interface ActorRecognizer {
    List<ActorMention> recognize(AnnotatedArticle article, LocalDate asOf);
}
