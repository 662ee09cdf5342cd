package org.entente.events;

import org.entente.model.ActorMention;

import java.util.Set;

/** Pronouns resolved to the actor mentions they stand for, by cheap rules of agreement and position. */
final class Antecedents {
    private Antecedents() {
    }

    private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their", "we", "us", "our");
    /** Plural pronouns of the third person: never one named person. */
    private static final Set<String> THEY = Set.of("they", "them", "their");

    /**
     * What a pronoun stands for, by cheap rules: in "Japan said it had halted aid", "they said they
     * would boycott", the subject of the clause that reports or governs it, named before it; else
     * the nearest mention before it. "it" is not a person, "he" and "she" are.
     */
    static ActorMention of(ParsedSentence ps, int pronoun) {
        if (!ps.token(pronoun).pos().startsWith("PRP")) return null;
        String w = ps.token(pronoun).word().toLowerCase();
        boolean thing = THING_PRONOUNS.contains(w), person = PERSON_PRONOUNS.contains(w), plural = THEY.contains(w);
        if (!thing && !person && !GROUP_PRONOUNS.contains(w)) return null;
        int v = ps.head(pronoun) == null ? -1 : ps.head(pronoun).governor();
        for (int hops = 0; hops < 4 && v >= 0; hops++) {
            int s = ps.child(v, "nsubj");
            if (s >= 0 && s != pronoun) {
                ActorMention m = ps.nearest(s);
                // named before the pronoun: in "They killed 21 passengers, officials said" the officials are not "they"
                if (m != null && m.tokenEnd() <= pronoun && agrees(m, thing, person) && !(plural && m.person() != null)) return m;
            }
            v = ps.head(v) == null ? -1 : ps.head(v).governor();
        }
        ActorMention before = null;
        for (ActorMention m : ps.mentions) {
            if (m.tokenEnd() <= pronoun && agrees(m, thing, person) && !(plural && m.person() != null) && (before == null || m.tokenStart() > before.tokenStart())) before = m;
        }
        return before;
    }

    private static boolean agrees(ActorMention m, boolean thing, boolean person) {
        if (thing) return m.person() == null;
        if (person) return m.person() != null || m.actor().sector() != null;
        return true;
    }
}
