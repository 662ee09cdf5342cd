package org.entente.events;

import org.entente.model.ActorMention;

import java.util.List;

/**
 * A lexicon pattern that fired on a sentence, before it becomes events.
 *
 * @param trigger  the head token (verb or noun)
 * @param pattern  the entry that fired
 * @param score    specificity plus evidence found (higher wins)
 * @param sources  the source phrase's mentions
 * @param targets  the target phrase's mentions
 * @param consumed the noun token the pattern used as its object (not coded again as a nominal event), or -1
 * @param negated  the sentence says it did not happen
 * @param intent   announced or planned, not reported as done
 * @param refused  the pattern's act was refused or failed: the match stands for its rejection ({@link Refusals})
 */
record Match(int trigger, Pattern pattern, int score, List<ActorMention> sources, List<ActorMention> targets,
             int consumed, boolean negated, boolean intent, boolean refused) {

    Match(int trigger, Pattern pattern, int score, List<ActorMention> sources, List<ActorMention> targets,
          int consumed, boolean negated, boolean intent) {
        this(trigger, pattern, score, sources, targets, consumed, negated, intent, false);
    }

    /** The same match with a target found near the trigger rather than in its pattern's slot: less sure. */
    Match withNearbyTargets(List<ActorMention> nearby) {
        return new Match(trigger, pattern, score - 2, sources, nearby, consumed, negated, intent, refused);
    }

    Match asIntent() {
        return new Match(trigger, pattern, score, sources, targets, consumed, negated, true, refused);
    }

    /** The rejection of this match's act: no longer negated, and done (a refusal announced is made). */
    Match asRefused() {
        return new Match(trigger, pattern, score, sources, targets, consumed, false, false, true);
    }
}
