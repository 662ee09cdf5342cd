package org.entente.events;

import org.entente.model.Evidence;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the judge knows of a candidate besides its sentence's embedding: the type a rule gave it
 * ({@code rule=NONE} for a pair no rule coded), the word that expresses the act and its lemma
 * ("sued" and "suing" are one verb), and the sectors of its two sides ("src=COP", "tgt=REB";
 * "tgt=-" when it names no target): police acting on people is seldom a visit. The same cues are
 * made when the judge is trained and when it judges.
 */
public final class JudgeCues {
    private JudgeCues() {
    }

    /**
     * The cues of a candidate. {@code sourceSector}/{@code targetSector} are the sides' sectors
     * ("" for a state as such, null for a missing target); {@code trigger} may be null.
     */
    public static List<String> of(String ruleType, Evidence trigger, Sentence sentence, String sourceSector,
                                  String targetSector, boolean hasTarget) {
        List<String> out = new ArrayList<>(6);
        out.add("rule=" + (ruleType == null ? JudgeLabels.NONE : ruleType));
        if (trigger != null && trigger.text() != null && !trigger.text().isBlank()) {
            out.add("trigger=" + trigger.text().toLowerCase(Locale.ROOT));
            String lemma = lemma(trigger, sentence);
            if (lemma != null) out.add("lemma=" + lemma);
        }
        out.add("src=" + (sourceSector == null ? "" : sourceSector));
        out.add("tgt=" + (!hasTarget ? "-" : targetSector == null ? "" : targetSector));
        return out;
    }

    /** The lemma of the trigger's first word, from the sentence's tokens (offsets in the article's text). */
    static String lemma(Evidence trigger, Sentence sentence) {
        if (sentence == null) return null;
        for (Token t : sentence.tokens()) {
            if (t.begin() == trigger.start()) return t.lemma().toLowerCase(Locale.ROOT);
        }
        return null;
    }
}
