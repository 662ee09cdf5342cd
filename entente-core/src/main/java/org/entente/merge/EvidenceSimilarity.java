package org.entente.merge;

import org.entente.nlp.SentenceEmbedder;

import org.entente.model.Event;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How alike two reports' evidence sentences are (cosine of sentence embeddings, -1..1). Each
 * sentence is embedded once per merge, and only when a candidate pair needs it.
 */
public final class EvidenceSimilarity {
    private final Function<String, float[]> embedder;
    private final Map<String, float[]> cache = new HashMap<>();

    public EvidenceSimilarity(Function<String, float[]> embedder) {
        this.embedder = embedder;
    }

    /** Similarity backed by the bundled MiniLM model. */
    public static EvidenceSimilarity miniLm() {
        return new EvidenceSimilarity(SentenceEmbedder.similarity()::embed);
    }

    public double of(Event a, Event b) {
        String x = text(a);
        String y = text(b);
        if (x.equals(y)) return 1.0;
        return SentenceEmbedder.cosine(vector(x), vector(y));
    }

    private float[] vector(String text) {
        return cache.computeIfAbsent(text, embedder);
    }

    private static String text(Event e) {
        return e.evidence() == null || e.evidence().text() == null ? "" : e.evidence().text().strip();
    }
}
