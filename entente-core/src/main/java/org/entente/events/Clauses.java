package org.entente.events;

import org.entente.model.Dependency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules between clauses of one sentence:
 * <ul>
 * <li>a pattern that names its complement ("threaten to attack") covers the complement's own event;</li>
 * <li>an act under an intent verb ("agreed to boost", "plans to visit") is coded as intent, and the
 *     intent verb's own event is dropped; so is an act under a future verb ("will leave ... to hold talks");</li>
 * <li>reported speech: "X said Y did Z" codes Z; the saying (root 01) stays only when nothing else is coded.</li>
 * </ul>
 */
final class Clauses {
    private Clauses() {
    }

    static List<Match> resolve(ParsedSentence ps, List<Match> found) {
        Map<Integer, Match> byTrigger = new HashMap<>();
        for (Match m : found) byTrigger.put(m.trigger(), m);
        List<Match> out = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        for (Match m : found) {
            Dependency h = ps.head(m.trigger());
            if (h == null || h.governor() < 0 || !h.relation().equals("xcomp")) continue;
            int g = h.governor();
            Match gov = byTrigger.get(g);
            if (gov != null && !gov.pattern().xcomps().isEmpty()) {
                dropped.add(m.trigger());
            } else if (Modality.INTENT_GOVERNORS.contains(ps.lemma(g))) {
                byTrigger.put(m.trigger(), m.asIntent());
                if (gov != null) dropped.add(g);
            } else if (Modality.isFuture(ps, g)) {
                byTrigger.put(m.trigger(), m.asIntent());
            }
        }
        boolean other = false;
        for (Match m : byTrigger.values()) {
            if (!dropped.contains(m.trigger()) && !m.pattern().cameo().startsWith("01") && !m.negated()) other = true;
        }
        for (Match m : found) {
            Match r = byTrigger.get(m.trigger());
            if (dropped.contains(m.trigger())) continue;
            if (other && r.pattern().cameo().startsWith("01")) continue;
            out.add(r);
        }
        return out;
    }
}
