package org.entente.events;

import org.entente.model.ActorMention;
import org.entente.model.Dependency;
import org.entente.model.Token;

import java.util.List;
import java.util.Set;

/**
 * Where an act's target is looked for when its pattern's slot is empty: another actor in the
 * verb's clause, then in the sentence outside its reporting clause; plain people acted on are
 * the acting state's own civilians.
 */
final class NearbyActors {
    private NearbyActors() {
    }

    /**
     * The nearest mention of another actor in the verb's own clause and its open complements
     * (places too): the act's likely target when its pattern's slot is empty. Not the subject's
     * side, not reported or subordinate clauses.
     */
    static ActorMention otherActorBelow(ParsedSentence ps, int verb, List<ActorMention> sources) {
        return ps.firstBelow(verb, 60, (i, m) -> i != verb && !sameActor(m, sources) && !toldTo(ps, m), d -> {
            String r = d.relation();
            return !(ParsedSentence.is(r, "nsubj") || ParsedSentence.is(r, "csubj") || (ParsedSentence.CLAUSAL.contains(r) && !r.equals("xcomp")));
        });
    }

    static final Set<String> REPORTING = Set.of("say", "tell", "report", "accord", "quote", "add", "announce",
            "confirm", "state", "claim", "according");

    /**
     * The nearest mention of another actor anywhere in the sentence outside its reporting clause
     * ("..., Iraqi police said"): the last resort for an act's target.
     */
    static ActorMention otherActorInSentence(ParsedSentence ps, int verb, List<ActorMention> sources) {
        java.util.Set<Integer> above = new java.util.HashSet<>();
        for (int t = verb, hops = 0; t >= 0 && hops < 50; hops++) {
            above.add(t);
            t = ps.head(t) == null ? -1 : ps.head(t).governor();
        }
        ActorMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ActorMention m : ps.mentions) {
            if (sameActor(m, sources) || inReport(ps, m.tokenStart(), above) || toldTo(ps, m)) continue;
            int d = Math.abs(m.tokenStart() - verb);
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Whether a mention is whom a report is made to or through: "told Reuters", "according to IRNA", "quoted by AFP". */
    private static boolean toldTo(ParsedSentence ps, ActorMention m) {
        for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
            Dependency h = ps.head(t);
            if (h != null && h.governor() >= 0 && (h.governor() < m.tokenStart() || h.governor() >= m.tokenEnd())) {
                return REPORTING.contains(ps.lemma(h.governor())) && !ParsedSentence.is(h.relation(), "nsubj");
            }
        }
        return false;
    }

    /** Whether a token hangs from a reporting verb that does not govern the act. */
    private static boolean inReport(ParsedSentence ps, int token, java.util.Set<Integer> aboveAct) {
        for (int t = token, hops = 0; t >= 0 && hops < 50; hops++) {
            if (aboveAct.contains(t)) return false;
            if (REPORTING.contains(ps.lemma(t))) return true;
            t = ps.head(t) == null ? -1 : ps.head(t).governor();
        }
        return false;
    }

    /** Whether a mention is one of the sources' actors (or their bare state): a domestic other, such as a state's opposition, is not. */
    static boolean sameActor(ActorMention m, List<ActorMention> sources) {
        for (ActorMention s : sources) {
            if (s == m || m.actor().code().equals(s.actor().code())) return true;
            String mc = m.actor().country(), sc = s.actor().country();
            if (mc != null && mc.equals(sc) && (m.actor().sector() == null || s.actor().sector() == null)) return true;
        }
        return false;
    }

    /**
     * The source's own civilians at a token naming plain people ("fired on demonstrators"), as a
     * mention with low certainty; null when the source has no state or the sentence names another.
     */
    static ActorMention homeCivilians(ParsedSentence ps, int token, List<ActorMention> sources, int verb) {
        if (sources.size() != 1) return null;
        org.entente.model.Actor s = sources.get(0).actor();
        if (s.country() == null || s.code().length() < 3) return null;
        for (ActorMention m : ps.mentions) {
            if (m.actor().country() != null && !m.actor().country().equals(s.country()) && !inSubordinateClause(ps, m.tokenStart(), verb)) return null;
        }
        Token t = ps.token(token);
        org.entente.model.Actor civ = new org.entente.model.Actor(s.code().substring(0, 3) + "CVL", s.country(), "CVL");
        return new ActorMention(ps.sentence.index(), token, token + 1, t.begin(), t.end(), t.word(), List.of(civ),
                org.entente.model.MentionOrigin.rule("home-civilians"), null, 0.5, null);
    }

    /** Whether a token lies in a clause below the verb's own ("to protest the sending of troops to Iraq"). */
    private static boolean inSubordinateClause(ParsedSentence ps, int token, int verb) {
        for (int t = token, hops = 0; t >= 0 && hops < 50; hops++) {
            Dependency h = ps.head(t);
            if (h == null || h.governor() < 0) return false;
            if (ParsedSentence.CLAUSAL.contains(h.relation()) && !h.relation().equals("conj") && ps.dominates(verb, h.governor())) return true;
            t = h.governor();
        }
        return false;
    }
}
