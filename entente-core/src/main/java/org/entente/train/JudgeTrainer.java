package org.entente.train;

import org.entente.events.Judge;
import org.entente.events.JudgeLabels;
import org.entente.events.JudgedCoder;
import org.entente.model.ActorMention;
import org.entente.model.Event;
import org.entente.model.Sentence;
import org.entente.nlp.SentenceEmbedder;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Trains the event judge: the rules run over the fit sets (PLV fit rows, VOA train stories, NGEC at
 * a tenth of the weight), each candidate (or, in a sentence with actors and no candidate, the
 * sentence itself) becomes an example labelled with the gold type, a Tribuo logistic regression is
 * fitted with a fixed seed, and the drop, retype and propose thresholds are chosen on the dev sets
 * (PLV dev rows, VOA dev stories) by PLV type accuracy plus VOA type F1 ({@link DevScore}). Writes
 * {@code judge.tribuo} and {@code judge.properties}.
 */
public final class JudgeTrainer {
    /**
     * A rule's event is dropped only where the judge finds no act more likely than any: below 0.5,
     * dev sets small enough to reward a lucky threshold had it drop events it believed were acts.
     */
    private static final double[] DROP_GRID = {0.55, 0.65, 0.75, 0.85, 1.01};
    /** A rule's type yields to the judge's only when the judge is nearly sure: where rules fire they are mostly right. */
    private static final double[] RETYPE_GRID = {0.8, 0.9, 1.01};
    /**
     * An event no rule found is proposed only where the judge finds an act more likely than not:
     * below that, dev sets made of political news (every PLV sentence holds an act) reward guesses
     * that general news (prices, company results) punishes.
     */
    private static final double[] PROPOSE_GRID = {0.55, 0.65, 0.75, 0.85, 1.01};
    /** A pair the verb itself relates (subject and object or phrase) may be proposed on less: the structure vouches for an act. */
    private static final double[] PROPOSE_DIRECT_GRID = {0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 1.01};
    /** "No act" at most this likely: an act is proposed though the judge spreads its belief over several (-1: never). */
    private static final double[] PROPOSE_NONE_GRID = {-1, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3};
    /** ... and the act it proposes then at least this likely: business news tempts the judge with acts it barely believes. */
    private static final double[] PROPOSE_FLOOR_GRID = {0, 0.2, 0.3, 0.4};
    private final JudgeLabels labels = JudgeLabels.get();
    private final PrintStream log;
    private final SentenceEmbedder.Encoder encoder;

    /** A trainer whose judge reads sentences through {@code encoder}. */
    public JudgeTrainer(PrintStream log, SentenceEmbedder.Encoder encoder) {
        this.log = log;
        this.encoder = encoder;
    }

    /** Business stories taken as examples of no act (see {@link TrainingSets#businessNews}), and as dev documents. */
    static final int NEWS_STORIES = 600, DEV_NEWS_STORIES = 100;

    /** The dev sets thresholds are chosen on: PLV dev rows, VOA dev stories, and business news where every act found is wrong. */
    private static List<TrainingSets.Doc> devSets(TrainingSets sets) throws IOException {
        List<TrainingSets.Doc> dev = new ArrayList<>(sets.plv(true));
        dev.addAll(sets.voa("dev"));
        dev.addAll(sets.businessNews(1, DEV_NEWS_STORIES, false));
        return dev;
    }

    public void train(TrainingSets sets, Path outDir, long seed, int epochs, double rate, double ngecWeight, double newsWeight,
                      int threads) throws Exception {
        List<TrainingSets.Doc> fit = new ArrayList<>(sets.plv(false));
        fit.addAll(sets.voa("train"));
        if (ngecWeight > 0) fit.addAll(sets.ngec(ngecWeight));
        if (newsWeight > 0) fit.addAll(sets.businessNews(newsWeight, NEWS_STORIES, true));
        List<TrainingSets.Doc> dev = devSets(sets);
        Candidates candidates = new Candidates(encoder);
        long t0 = System.nanoTime();
        log.printf("running the rules over %,d fit and %,d dev documents ...%n", fit.size(), dev.size());
        List<Candidates.Run> fitRuns = candidates.run(fit, threads, log);
        List<Candidates.Run> devRuns = candidates.run(dev, threads, log);
        log.printf("rules over %d fit and %d dev documents in %.0f s%n", fit.size(), dev.size(), (System.nanoTime() - t0) / 1e9);
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("entente judge fit sets", factory), factory);
        for (Candidates.Run r : fitRuns) for (Example<Label> e : examples(r, candidates)) data.add(e);
        log.printf("examples %d, features %d, labels %s%n", data.size(), data.getFeatureMap().size(), data.getOutputInfo().getDomain());
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(rate, 0.1), epochs, Integer.MAX_VALUE, 1, seed);
        Model<Label> model = trainer.train(data);
        int right = 0, all = 0;
        for (Candidates.Run r : devRuns) {
            for (Example<Label> e : examples(r, candidates)) {
                all++;
                if (model.predict(e).getOutput().getLabel().equals(e.getOutput().getLabel())) right++;
            }
        }
        log.printf("dev examples classified right: %d/%d = %.3f%n", right, all, (double) right / Math.max(all, 1));
        Properties best = thresholds(model, devRuns, candidates);
        best.setProperty("news_weight", Double.toString(newsWeight));
        write(model, best, outDir, seed, epochs, ngecWeight, data.size(), encoder);
    }

    /**
     * Chooses the judge's thresholds on dev: drop, retype, propose and propose_direct together,
     * then, with those fixed, propose_none (an act proposed where "no act" is unlikely enough,
     * whichever act the judge finds likeliest; -1 leaves it off).
     */
    private Properties thresholds(Model<Label> model, List<Candidates.Run> devRuns, Candidates candidates) {
        Properties best = null;
        double bestScore = -1;
        for (double drop : DROP_GRID) {
            for (double retype : RETYPE_GRID) {
                for (double propose : PROPOSE_GRID) for (double direct : PROPOSE_DIRECT_GRID) {
                    if (direct > propose) continue; // never stricter for the better-founded pairs
                    Properties p = settings(drop, retype, propose);
                    p.setProperty("propose_direct", Double.toString(direct));
                    DevScore s = DevScore.of(devRuns, new JudgedCoder(candidates.cachedRules(), new Judge(model, p), candidates::embed));
                    if (s.total() > bestScore + 1e-9) {
                        bestScore = s.total();
                        best = p;
                        best.setProperty("dev", s.toString());
                    }
                }
            }
        }
        Properties fixed = best;
        for (double none : PROPOSE_NONE_GRID) for (double floor : PROPOSE_FLOOR_GRID) {
            if (none < 0 && floor > 0) continue;
            Properties p = (Properties) fixed.clone();
            p.setProperty("propose_none", Double.toString(none));
            p.setProperty("propose_floor", Double.toString(floor));
            DevScore s = DevScore.of(devRuns, new JudgedCoder(candidates.cachedRules(), new Judge(model, p), candidates::embed));
            log.printf("  propose_none %.2f, floor %.2f: %s%n", none, floor, s);
            if (s.total() > bestScore + 1e-9 || none < 0) { // off unless it helps on dev
                if (s.total() > bestScore + 1e-9) bestScore = s.total();
                best = p;
                best.setProperty("dev", s.toString());
            }
        }
        DevScore rulesAlone = DevScore.of(devRuns, candidates.cachedRules());
        log.printf("dev, rules alone: %s%ndev, judged: %s (drop %s, retype %s, propose %s, propose_direct %s, propose_none %s, floor %s)%n",
                rulesAlone, best.getProperty("dev"), best.getProperty("drop"), best.getProperty("retype"), best.getProperty("propose"),
                best.getProperty("propose_direct"), best.getProperty("propose_none"), best.getProperty("propose_floor"));
        return best;
    }

    /** Chooses the bundled judge's thresholds again on dev, its weights unchanged (same version). */
    public void retune(TrainingSets sets, Path outDir, int threads) throws Exception {
        Judge bundled = Judge.standard();
        if (bundled == null) throw new IllegalStateException("this build carries no judge to retune");
        Candidates candidates = new Candidates(bundled.encoder());
        List<Candidates.Run> devRuns = candidates.run(devSets(sets), threads);
        Properties best = thresholds(bundled.model(), devRuns, candidates);
        Properties old = bundled.settings();
        if (old.containsKey("news_weight")) best.setProperty("news_weight", old.getProperty("news_weight"));
        write(bundled.model(), best, outDir, Long.parseLong(old.getProperty("seed", "0")), Integer.parseInt(old.getProperty("epochs", "0")),
                Double.parseDouble(old.getProperty("ngec_weight", "0")), Integer.parseInt(old.getProperty("examples", "0")), bundled.encoder());
    }

    private static Properties settings(double drop, double retype, double propose) {
        Properties p = new Properties();
        p.setProperty("drop", Double.toString(drop));
        p.setProperty("retype", Double.toString(retype));
        p.setProperty("propose", Double.toString(propose));
        return p;
    }

    /** The examples of one document: its candidates with their gold types, and the uncoded sentences with actors. */
    private List<Example<Label>> examples(Candidates.Run r, Candidates candidates) {
        List<Example<Label>> out = new ArrayList<>();
        JudgedCoder gate = new JudgedCoder(candidates.cachedRules(), null);
        Map<Integer, List<Event>> bySentence = Candidates.bySentence(r.events());
        Map<Integer, List<ActorMention>> actorsOf = new java.util.HashMap<>();
        for (ActorMention m : r.mentions()) if (!m.actors().isEmpty()) actorsOf.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        for (Sentence s : r.annotated().sentences()) {
            int u = r.unitOf()[s.index()];
            if (u < 0) continue;
            TrainingSets.Unit unit = r.doc().units().get(u);
            List<String> gold = unit.types();
            String first = gold.isEmpty() ? JudgeLabels.NONE : gold.get(0);
            float[] v = candidates.embed(List.of(s.text())).get(0);
            List<Event> here = bySentence.getOrDefault(s.index(), List.of());
            boolean paired = false;
            for (Event e : here) {
                String type = labels.canonical(e.plover());
                if (type == null || e.negated()) continue;
                if (unit.source() != null && !DevScore.overlaps(e.source().text(), unit.source())) continue;
                String label = gold.contains(type) ? type : first;
                out.add(weighted(Judge.example(new Label(label), v, gate.cues(e, s)), r.doc().weight()));
                paired = true;
            }
            JudgedCoder.Proposal p = paired ? null : gate.proposal(s, actorsOf.getOrDefault(s.index(), List.of()));
            if (p != null) out.add(weighted(Judge.example(new Label(first), v, p.cues(s)), r.doc().weight()));
        }
        return out;
    }

    private static Example<Label> weighted(Example<Label> e, double w) {
        e.setWeight((float) w);
        return e;
    }

    private void write(Model<Label> model, Properties p, Path outDir, long seed, int epochs, double ngec, int examples,
                       SentenceEmbedder.Encoder encoder) throws IOException {
        Files.createDirectories(outDir);
        Path m = outDir.resolve("judge.tribuo");
        model.serializeToFile(m);
        p.setProperty("version", "judge-" + weightsDigest(model).substring(0, 8));
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("epochs", Integer.toString(epochs));
        p.setProperty("ngec_weight", Double.toString(ngec));
        p.setProperty("examples", Integer.toString(examples));
        p.setProperty("encoder", encoder.id());
        StringBuilder text = new StringBuilder("# The event judge's settings, written by ./entente train: thresholds chosen on dev\n"
                + "# (PLV dev rows, VOA dev stories, business news); dev is the score there with these thresholds.\n");
        for (String k : new java.util.TreeSet<>(p.stringPropertyNames())) text.append(k).append('=').append(p.getProperty(k)).append('\n');
        Files.writeString(outDir.resolve("judge.properties"), text.toString());
        log.printf("wrote %s (%d bytes), version %s%n", m, Files.size(m), p.getProperty("version"));
    }

    /**
     * A digest of the model's weights: the version events name. The file itself also records when
     * and where it was trained (Tribuo's provenance), so two runs with one seed differ there only.
     */
    static String weightsDigest(Model<Label> model) {
        org.tribuo.math.la.DenseMatrix w = ((org.tribuo.common.sgd.AbstractLinearSGDModel<Label>) model).getWeightsCopy();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * w.getDimension1Size() * w.getDimension2Size());
        for (int i = 0; i < w.getDimension1Size(); i++) for (int j = 0; j < w.getDimension2Size(); j++) b.putDouble(w.get(i, j));
        return sha(b.array());
    }

    private static String sha(byte[] bytes) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder sb = new StringBuilder();
            for (byte b : d) sb.append(String.format("%02x", b));
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
