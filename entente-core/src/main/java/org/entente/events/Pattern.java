package org.entente.events;

import java.util.Set;

/**
 * One lexicon entry: a head word (verb or noun) with the constraints that select it, and the
 * CAMEO code it expresses. Empty sets mean "no constraint".
 *
 * @param cameo     the CAMEO code
 * @param nominal   true for a noun head ({@code n:}), false for a verb ({@code v:})
 * @param heads     head lemmas
 * @param objects   lemmas the direct object's head must have
 * @param particles phrasal-verb particles, one required
 * @param preps     prepositions introducing the target
 * @param xcomps    lemmas of a required open clausal complement ("threaten to attack"); for a noun head,
 *                  of the verb it must hang from ("went on strike")
 * @param noTarget  the event takes no target
 * @param source    file:line of the entry (provenance)
 * @param subjects  lemmas the subject's head (or a noun compounded with it) must have ("peacekeepers arrived")
 */
public record Pattern(String cameo, boolean nominal, Set<String> heads, Set<String> objects, Set<String> particles,
                      Set<String> preps, Set<String> xcomps, boolean noTarget, String source, Set<String> subjects,
                      Set<String> modifiers) {

    /** A pattern with no constraint on its subject. */
    public Pattern(String cameo, boolean nominal, Set<String> heads, Set<String> objects, Set<String> particles,
                   Set<String> preps, Set<String> xcomps, boolean noTarget, String source) {
        this(cameo, nominal, heads, objects, particles, preps, xcomps, noTarget, source, Set.of(), Set.of());
    }

    /** The object constraint {@code o:*}: an object, if the verb has one, must name an actor. */
    public static final Set<String> ACTOR = Set.of("*");
    /** The object constraint {@code o:+}: the verb must have an object, and it must name an actor. */
    public static final Set<String> SOMEONE = Set.of("+");

    /** Whether the pattern names its object's head words (not just {@link #ACTOR} or {@link #SOMEONE}). */
    public boolean namesObject() {
        return !objects.isEmpty() && !objects.equals(ACTOR) && !objects.equals(SOMEONE);
    }

    /** How specific the entry is: the more constraints it has, the more it is trusted. */
    public int specificity() {
        return (namesObject() ? 2 : 0) + (particles.isEmpty() ? 0 : 2) + (xcomps.isEmpty() ? 0 : 2)
                + (preps.isEmpty() ? 0 : 1) + (subjects.isEmpty() ? 0 : 2) + (modifiers.isEmpty() ? 0 : 2);
    }
}
