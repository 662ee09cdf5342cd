package org.entente.events;

import org.entente.model.ActorMention;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Event;

import java.util.List;

/**
 * The events stage's entry interface. Requires: parsed sentences and actor mentions. Provides:
 * CAMEO/PLOVER-coded events with source, target, evidence, rule and confidence (undated: the
 * time stage dates them).
 */
public interface EventCoder {
    List<Event> code(AnnotatedArticle article, List<ActorMention> mentions);

    /** Whether a lemma can trigger an event, so that only sentences with one are parsed. */
    boolean isTrigger(String lemma);

    /** The CAMEO codes this coder's lexicon gives a lemma as a verb, then as a noun, in its order (none by default). */
    default List<String> codesOf(String lemma) {
        return List.of();
    }

    /**
     * Whether a sentence with these actor mentions needs its dependency parse for this coder: by
     * default, when a verb or noun of it can trigger an event.
     */
    default boolean needsParse(org.entente.model.Sentence s, List<ActorMention> inSentence) {
        if (inSentence.isEmpty()) return false;
        for (org.entente.model.Token t : s.tokens()) {
            if ((t.pos().startsWith("VB") || t.pos().startsWith("NN")) && isTrigger(t.lemma())) return true;
        }
        return false;
    }
}
