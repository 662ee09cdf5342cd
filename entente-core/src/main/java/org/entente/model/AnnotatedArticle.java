package org.entente.model;

import java.util.List;

/** An article with its sentences (the output of the nlp stage). */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }

    public AnnotatedArticle withSentences(List<Sentence> replaced) {
        return new AnnotatedArticle(article, replaced);
    }
}
