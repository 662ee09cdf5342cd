package org.entente.train;

import org.entente.events.EventCoder;
import org.entente.events.JudgeLabels;
import org.entente.model.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a coder does on dev documents: on PLV sentences the type of the marked pair, found as
 * {@code score_plv.py} finds it (source and target texts overlapping, else the source; the most
 * confident; none counts as wrong); on VOA stories the F1 of each sentence's types of acts against
 * the coded ones.
 */
record DevScore(int plvRight, int plvAll, int voaTp, int voaFound, int voaGold) {
    double plvAccuracy() {
        return plvAll == 0 ? 0 : (double) plvRight / plvAll;
    }

    double voaF1() {
        double p = voaFound == 0 ? 0 : (double) voaTp / voaFound, r = voaGold == 0 ? 0 : (double) voaTp / voaGold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double total() {
        return plvAccuracy() + voaF1();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PLV type accuracy %.3f (%d/%d), VOA type F1 %.3f (tp %d, found %d, gold %d)",
                plvAccuracy(), plvRight, plvAll, voaF1(), voaTp, voaFound, voaGold);
    }

    static DevScore of(List<Candidates.Run> runs, EventCoder coder) {
        JudgeLabels labels = JudgeLabels.get();
        int right = 0, all = 0, tp = 0, found = 0, gold = 0;
        for (Candidates.Run r : runs) {
            List<Event> events = new ArrayList<>();
            for (Event e : coder.code(r.annotated(), r.mentions())) {
                String t = labels.canonical(e.plover());
                if (!e.negated() && t != null && !t.equals(JudgeLabels.NONE)) events.add(e);
            }
            if (r.doc().set().equals("plv")) {
                TrainingSets.Unit u = r.doc().units().get(0);
                all++;
                String p = predict(events, u.source(), u.target(), labels);
                if (u.types().get(0).equals(p)) right++;
                continue;
            }
            Map<Integer, List<Event>> bySentence = Candidates.bySentence(events);
            for (int u = 0; u < r.doc().units().size(); u++) {
                List<String> g = new ArrayList<>(r.doc().units().get(u).types());
                gold += g.size();
                for (int s = 0; s < r.unitOf().length; s++) {
                    if (r.unitOf()[s] != u) continue;
                    for (Event e : bySentence.getOrDefault(s, List.of())) {
                        found++;
                        if (g.remove(labels.canonical(e.plover()))) tp++;
                    }
                }
            }
        }
        return new DevScore(right, all, tp, found, gold);
    }

    private static String predict(List<Event> events, String source, String target, JudgeLabels labels) {
        Event best = null;
        for (Event e : events) {
            String s = e.source().text(), t = e.target() == null ? null : e.target().text();
            if ((overlaps(s, source) && overlaps(t, target)) || (overlaps(s, target) && overlaps(t, source))) {
                if (best == null || e.confidence() > best.confidence()) best = e;
            }
        }
        if (best == null) {
            for (Event e : events) {
                if (overlaps(e.source().text(), source) && (best == null || e.confidence() > best.confidence())) best = e;
            }
        }
        return best == null ? null : labels.canonical(best.plover());
    }

    static boolean overlaps(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) return false;
        String x = a.toLowerCase(Locale.ROOT), y = b.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }
}
