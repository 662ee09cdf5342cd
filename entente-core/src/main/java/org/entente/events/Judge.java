package org.entente.events;

import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * thresholds chosen on dev data) load once per JVM from {@code entente/judge/}. Without a model
 * file the judge is absent and the rules decide alone.
 */
public final class Judge {
    public static final String MODEL = "/entente/judge/judge.tribuo";
    public static final String SETTINGS = "/entente/judge/judge.properties";

    /** What the judge says of one candidate: its best label and that label's probability. */
    public record Verdict(String type, double probability, Map<String, Double> scores) {
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

    /** The model's version, as events' provenance names it. */
    public String version() {
        return settings.getProperty("version", "judge");
    }

    public double threshold(String name, double otherwise) {
        return Double.parseDouble(settings.getProperty(name, Double.toString(otherwise)));
    }

    public Verdict judge(float[] embedding, String ruleType, String trigger) {
        Prediction<Label> p = model.predict(example(null, embedding, ruleType, trigger));
        Map<String, Double> scores = new HashMap<>();
        for (Map.Entry<String, Label> e : p.getOutputScores().entrySet()) scores.put(e.getKey(), e.getValue().getScore());
        Label best = p.getOutput();
        return new Verdict(best.getLabel(), scores.getOrDefault(best.getLabel(), best.getScore()), scores);
    }

    private static String dimension(int i) {
        return String.format(Locale.ROOT, "e%03d", i);
    }

    /**
     * The features of a candidate: the 384 embedding dimensions, the rule's type ({@code rule=NONE}
     * for a sentence no rule coded) and the trigger's word. Shared by training and judging.
     */
    public static Example<Label> example(Label label, float[] embedding, String ruleType, String trigger) {
        List<String> names = new ArrayList<>(embedding.length + 2);
        List<Double> values = new ArrayList<>(embedding.length + 2);
        for (int i = 0; i < embedding.length; i++) {
            names.add(i < DIMENSIONS.length ? DIMENSIONS[i] : dimension(i));
            values.add((double) embedding[i]);
        }
        names.add("rule=" + (ruleType == null ? JudgeLabels.NONE : ruleType));
        values.add(1.0);
        if (trigger != null && !trigger.isBlank()) {
            names.add("trigger=" + trigger.toLowerCase(Locale.ROOT));
            values.add(1.0);
        }
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) v[i] = values.get(i);
        return label == null ? new ArrayExample<>(org.tribuo.classification.LabelFactory.UNKNOWN_LABEL, names.toArray(new String[0]), v)
                : new ArrayExample<>(label, names.toArray(new String[0]), v);
    }
}
