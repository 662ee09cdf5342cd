package org.entente.nlp;

import org.entente.model.AnnotatedArticle;
import org.entente.model.Article;

/**
 * The nlp stage's entry interface. Requires: a clean article. Provides: sentences with tokens,
 * part-of-speech tags, lemmas and character offsets (no dependencies; see {@link SentenceParser}).
 */
public interface TextAnnotator {
    AnnotatedArticle annotate(Article article);
}
