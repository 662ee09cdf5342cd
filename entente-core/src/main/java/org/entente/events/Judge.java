package org.entente.events;

import org.entente.nlp.SentenceEmbedder;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The learned judge over the rules' candidates: from a sentence's embedding, the PLOVER type a rule
 * gave the candidate (or none) and the candidate's trigger word, the probability of each
 * {@link JudgeLabels} label. A Tribuo linear model trained by {@code ./entente train}
 * ({@code org.entente.train.JudgeTrainer}); it and its settings ({@code judge.properties}: version,
 * the sentence encoder it was trained with, thresholds chosen on dev data) load once per JVM from {@code entente/judge/}. Without a model
 * file the judge is absent and the rules decide alone.
 */
public final class Judge {
    public static final String MODEL = "/entente/judge/judge.tribuo";
    public static final String SETTINGS = "/entente/judge/judge.properties";

    /** What the judge says of one candidate: its best label and that label's probability. */
    public record Verdict(String type, double probability, Map<String, Double> scores) {
        /** The likeliest act other than none, with its probability, or null when there is none. */
        public Verdict bestAct() {
            String best = null;
            double p = -1;
            for (Map.Entry<String, Double> e : scores.entrySet()) {
                if (e.getKey().equals(JudgeLabels.NONE) || e.getValue() <= p) continue;
                best = e.getKey();
                p = e.getValue();
            }
            return best == null ? null : new Verdict(best, p, scores);
        }
    }

    /** The embedding's feature names, made once: every candidate of every article uses them. */
    private static final String[] DIMENSIONS = java.util.stream.IntStream.range(0, 384).mapToObj(Judge::dimension).toArray(String[]::new);

    private final Model<Label> model;
    private final Properties settings;

    public Judge(Model<Label> model, Properties settings) {
        this.model = model;
        this.settings = settings;
    }

    private static final class Holder {
        static final Judge INSTANCE = load();
    }

    /** The bundled judge, or null when the build carries no model. */
    public static Judge standard() {
        return Holder.INSTANCE;
    }

    @SuppressWarnings("unchecked")
    private static Judge load() {
        try (InputStream m = Judge.class.getResourceAsStream(MODEL); InputStream s = Judge.class.getResourceAsStream(SETTINGS)) {
            if (m == null || s == null) return null;
            Properties p = new Properties();
            p.load(s);
            return new Judge((Model<Label>) Model.deserializeFromStream(m), p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the event judge " + MODEL, e);
        }
    }

    /** The fitted model (for choosing its thresholds again). */
    public Model<Label> model() {
        return model;
    }

    /** A copy of its settings: thresholds, version, how it was trained. */
    public Properties settings() {
        return (Properties) settings.clone();
    }

    /** The sentence encoder the judge was trained with ({@code encoder} in its settings; all-MiniLM-L6-v2 before there was a choice). */
    public SentenceEmbedder.Encoder encoder() {
        return SentenceEmbedder.Encoder.named(settings.getProperty("encoder", SentenceEmbedder.Encoder.MINILM.id()));
    }

    /** The model's version, as events' provenance names it. */
    public String version() {
        return settings.getProperty("version", "judge");
    }

    public double threshold(String name, double otherwise) {
        return Double.parseDouble(settings.getProperty(name, Double.toString(otherwise)));
    }

    public Verdict judge(float[] embedding, List<String> cues) {
        Prediction<Label> p = model.predict(example(null, embedding, cues));
        Map<String, Double> scores = new HashMap<>();
        for (Map.Entry<String, Label> e : p.getOutputScores().entrySet()) scores.put(e.getKey(), e.getValue().getScore());
        Label best = p.getOutput();
        return new Verdict(best.getLabel(), scores.getOrDefault(best.getLabel(), best.getScore()), scores);
    }

    private static String dimension(int i) {
        return String.format(Locale.ROOT, "e%03d", i);
    }

    /**
     * The features of a candidate: the 384 embedding dimensions and its cues ({@link JudgeCues}: the
     * rule's type, the trigger's word and lemma, the sides' sectors), each worth 1. Shared by
     * training and judging.
     */
    public static Example<Label> example(Label label, float[] embedding, List<String> cues) {
        String[] names = new String[embedding.length + cues.size()];
        double[] values = new double[names.length];
        for (int i = 0; i < embedding.length; i++) {
            names[i] = i < DIMENSIONS.length ? DIMENSIONS[i] : dimension(i);
            values[i] = embedding[i];
        }
        for (int i = 0; i < cues.size(); i++) {
            names[embedding.length + i] = cues.get(i);
            values[embedding.length + i] = 1.0;
        }
        return new ArrayExample<>(label == null ? org.tribuo.classification.LabelFactory.UNKNOWN_LABEL : label, names, values);
    }
}
