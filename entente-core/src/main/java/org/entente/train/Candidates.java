package org.entente.train;

import org.entente.events.DependencyCoder;
import org.entente.events.EventCoder;
import org.entente.events.JudgedCoder;
import org.entente.model.ActorMention;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.model.Sentence;
import org.entente.nlp.SentenceEmbedder;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The rules run once over every training and dev document: each document's parsed sentences, actor
 * mentions and rule candidates, which sentence of the gold each parsed sentence is, and the
 * sentence embeddings, all cached so that a judge can be tried under many settings cheaply.
 */
final class Candidates {
    /** One document after the rules. {@code unitOf[i]} is the gold unit of parsed sentence i, or -1. */
    record Run(TrainingSets.Doc doc, AnnotatedArticle annotated, List<ActorMention> mentions, List<Event> events, int[] unitOf) {
    }

    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private final Map<String, List<Event>> rulesByDoc = new ConcurrentHashMap<>();
    private final EventCoder rules = new DependencyCoder();
    private final SentenceEmbedder encoder;

    Candidates(SentenceEmbedder.Encoder encoder) {
        this.encoder = SentenceEmbedder.of(encoder);
    }

    List<Run> run(List<TrainingSets.Doc> docs, int threads) throws Exception {
        return run(docs, threads, null);
    }

    /** As {@link #run(List, int)}, saying on {@code log} every ten seconds how far it is. */
    List<Run> run(List<TrainingSets.Doc> docs, int threads, java.io.PrintStream log) throws Exception {
        Pipeline pipeline = Pipeline.standard().withCoder(parsingAsJudged());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Run>> futures = new ArrayList<>();
            for (TrainingSets.Doc d : docs) futures.add(pool.submit(() -> run(pipeline, d)));
            List<Run> out = new ArrayList<>();
            long started = System.nanoTime(), said = started;
            for (Future<Run> f : futures) {
                out.add(f.get());
                long now = System.nanoTime();
                if (log != null && now - said > 10_000_000_000L) {
                    said = now;
                    double rate = out.size() / ((now - started) / 1e9);
                    log.printf("  rules over %,d of %,d documents, %.0f/s, about %.0f s left%n", out.size(), docs.size(), rate,
                            (docs.size() - out.size()) / Math.max(rate, 1e-9));
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Run run(Pipeline pipeline, TrainingSets.Doc d) {
        Analysis a = pipeline.process(new Document(d.id(), d.set() + ":" + d.id(), d.text(), null, null, null, d.date(), null));
        rulesByDoc.put(a.annotated().article().docId(), a.events());
        List<Sentence> sentences = a.annotated().sentences();
        int[] unitOf = new int[sentences.size()];
        int cursor = 0;
        for (int i = 0; i < sentences.size(); i++) {
            unitOf[i] = -1;
            int at = d.text().indexOf(sentences.get(i).text(), cursor);
            if (at < 0) at = d.text().indexOf(sentences.get(i).text());
            if (at >= 0) cursor = at;
            for (int u = 0; u < d.units().size(); u++) {
                TrainingSets.Unit unit = d.units().get(u);
                if (at >= 0 && at >= unit.start() - 1 && at < unit.end()) unitOf[i] = u;
            }
            if (d.units().size() == 1 && unitOf[i] < 0) unitOf[i] = 0;
        }
        embed(sentenceTexts(a.annotated()));
        return new Run(d, a.annotated(), a.mentions(), a.events(), unitOf);
    }

    private static List<String> sentenceTexts(AnnotatedArticle a) {
        List<String> out = new ArrayList<>();
        for (Sentence s : a.sentences()) out.add(s.text());
        return out;
    }

    /** Embeddings through the cache; missing ones are computed in one batch. */
    List<float[]> embed(List<String> texts) {
        List<String> missing = new ArrayList<>();
        for (String t : texts) if (!vectors.containsKey(t) && !missing.contains(t)) missing.add(t);
        List<float[]> computed = encoder.embedAll(missing);
        for (int i = 0; i < missing.size(); i++) vectors.put(missing.get(i), computed.get(i));
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(vectors.get(t));
        return out;
    }

    /** The rules alone, over the sentences the judged coder has parsed (those naming two actors too). */
    private EventCoder parsingAsJudged() {
        return new EventCoder() {
            @Override
            public List<Event> code(AnnotatedArticle article, List<ActorMention> mentions) {
                return rules.code(article, mentions);
            }

            @Override
            public boolean isTrigger(String lemma) {
                return rules.isTrigger(lemma);
            }

            @Override
            public boolean needsParse(Sentence s, List<ActorMention> inSentence) {
                return JudgedCoder.parsedForJudge(rules, s, inSentence);
            }
        };
    }

    /** A coder that answers each document with the rules' cached candidates. */
    EventCoder cachedRules() {
        return new EventCoder() {
            @Override
            public List<Event> code(AnnotatedArticle article, List<ActorMention> mentions) {
                return rulesByDoc.getOrDefault(article.article().docId(), List.of());
            }

            @Override
            public boolean isTrigger(String lemma) {
                return rules.isTrigger(lemma);
            }
        };
    }

    static Map<Integer, List<Event>> bySentence(List<Event> events) {
        Map<Integer, List<Event>> out = new HashMap<>();
        for (Event e : events) out.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
        return out;
    }
}
