package org.entente.events;

import org.entente.model.ActorMention;
import org.entente.model.Dependency;

import java.util.List;
import java.util.Set;

/**
 * The pair of actors a sentence's structure relates, whatever its verb: the actor that is the
 * subject (or the passive's agent) of a clause's verb, and the actor that verb takes as object,
 * in a phrase of its own or below it. Where no pattern of the lexicon fired, this is the dyad the
 * judge types: "The ACLU is suing the FBI" has no pattern for "sue" to fire and still says who
 * acts on whom. The verb nearest the sentence's root wins (the main act, not a clause about one of
 * its actors); reporting verbs relate a speaker to a report and are passed over.
 */
final class Dyads {
    private Dyads() {
    }

    /**
     * A structural dyad: the verb that relates the two, its source and its target (null when none
     * is named); {@code direct} when the target is the verb's own object or phrase, not merely an
     * actor further down its clause; {@code partner}, a different actor subject beside the source
     * ("China and Malaysia met"), or null.
     */
    record Pair(int verb, ActorMention source, ActorMention target, boolean direct, ActorMention partner) {
    }

    /** Verbs that relate a speaker to what is said or thought, besides {@link NearbyActors#REPORTING}, and "be" and "have". */
    private static final Set<String> NOT_ACTS = Set.of("be", "have", "write", "note", "explain", "believe", "think");

    /** Whether a sentence names at least two different actors, so that a structural dyad may exist in it. */
    static boolean twoActors(List<ActorMention> mentions) {
        String first = null;
        for (ActorMention m : mentions) {
            if (m.actors().isEmpty() || m.pronoun()) continue;
            if (first == null) first = m.actor().code();
            else if (!first.equals(m.actor().code())) return true;
        }
        return false;
    }

    /**
     * Whether a verb is an act asked of someone named as its own subject ("called for the Taliban to
     * lift the ban"), who does not act in this sentence; one who refuses or offers to act ("declined
     * to take part") does, and is no such subject.
     */
    static boolean askedOfOthers(ParsedSentence ps, int v) {
        return ps.child(v, "nsubj") >= 0 && Clauses.askedFor(ps, v);
    }

    /** The main structural dyad of a parsed sentence, or null when no verb has an actor as subject. */
    static Pair main(ParsedSentence ps) {
        Pair best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int v = 0; v < ps.sentence.tokens().size(); v++) {
            String lemma = ps.lemma(v);
            if (!ps.token(v).pos().startsWith("VB") || NearbyActors.REPORTING.contains(lemma) || NOT_ACTS.contains(lemma)) continue;
            if (askedOfOthers(ps, v)) continue;
            boolean passive = ps.isPassive(v);
            List<ActorMention> sources = ps.argument(passive ? Slots.agent(ps, v) : ps.subject(v));
            if (sources.isEmpty() || sources.get(0).actors().isEmpty()) continue;
            ActorMention target = argumentTarget(ps, v, passive, sources);
            boolean direct = target != null;
            if (target == null) target = NearbyActors.otherActorBelow(ps, v, sources);
            int score = (direct ? 30 : target == null ? 0 : 20) - depth(ps, v);
            if (score > bestScore) {
                bestScore = score;
                ActorMention partner = null;
                for (ActorMention m : sources.subList(1, sources.size())) {
                    if (!m.pronoun() && !NearbyActors.sameActor(m, sources.subList(0, 1))) {
                        partner = m;
                        break;
                    }
                }
                best = new Pair(v, sources.get(0), target, direct, partner);
            }
        }
        return best;
    }

    /** The actor the verb takes as its object or in a phrase of its own (not a "by" agent), or null. */
    private static ActorMention argumentTarget(ParsedSentence ps, int v, boolean passive, List<ActorMention> sources) {
        int obj = passive ? ps.child(v, "nsubj:pass", "nsubjpass") : ps.object(v);
        for (ActorMention m : ps.argument(obj)) if (!NearbyActors.sameActor(m, sources)) return m;
        for (int c : ps.childrenOf(v, "obl", "nmod", "iobj")) {
            if (ps.prep(c).equals("by")) continue;
            for (ActorMention m : ps.argument(c)) if (!NearbyActors.sameActor(m, sources)) return m;
        }
        return null;
    }

    private static int depth(ParsedSentence ps, int token) {
        int d = 0;
        for (int t = token; d < 50; d++) {
            Dependency h = ps.head(t);
            if (h == null || h.governor() < 0) return d;
            t = h.governor();
        }
        return d;
    }
}
