package org.entente.events;

import java.util.Map;
import java.util.Set;

/**
 * Intent, future and modality: "will visit", "plans to sign", "wants to boost". An act that is
 * announced but not reported as done is coded in CAMEO's 03 family (intent to cooperate) or, for
 * conflictual acts, as the matching threat (13).
 */
final class Modality {
    static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll", "wo");
    static final Set<String> INTENT_GOVERNORS = Set.of("plan", "intend", "want", "seek", "hope", "aim", "expect",
            "prepare", "decide", "agree", "pledge", "promise", "vow", "commit", "offer", "wish", "try", "propose");
    static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

    /** Root of the act -> CAMEO code for the intent to do it. */
    private static final Map<String, String> INTENT = Map.ofEntries(
            Map.entry("04", "036"), Map.entry("05", "032"), Map.entry("06", "031"), Map.entry("07", "033"),
            Map.entry("08", "035"), Map.entry("14", "133"), Map.entry("15", "130"), Map.entry("16", "131"),
            Map.entry("17", "137"), Map.entry("18", "138"), Map.entry("19", "138"), Map.entry("20", "138"));

    private Modality() {
    }

    /** Whether a verb is in the future or conditional: "will visit", "would sign". */
    static boolean isFuture(ParsedSentence ps, int verb) {
        for (int c : ps.childrenOf(verb, "aux")) {
            if (FUTURE_AUX.contains(ps.token(c).word().toLowerCase())) return true;
        }
        return false;
    }

    /** The code an intended (not yet done) act takes; codes without an intent form are kept. */
    static String intentCode(String cameo) {
        return INTENT.getOrDefault(cameo.substring(0, 2), cameo);
    }
}
