package org.entente.events;

import org.entente.model.Dependency;

import java.util.Map;
import java.util.Set;

/**
 * Intent, future and modality: "will visit", "plans to sign", "wants to boost". An act that is
 * announced but not reported as done is coded in CAMEO's 03 family (intent to cooperate) or, for
 * conflictual acts, as the matching threat (13).
 */
final class Modality {
    static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll", "wo", "may", "might", "could");
    static final Set<String> INTENT_GOVERNORS = Set.of("plan", "intend", "want", "seek", "hope", "aim", "expect",
            "prepare", "agree", "undertake", "pledge", "promise", "vow", "commit", "offer", "wish", "propose",
            "willing", "ready", "prepared", "eager", "determined", "set");
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

    /** Acts that, promised on a condition, are threats: withdrawing, reducing relations, coercing, fighting. */
    private static final Set<String> THREAT_ROOTS = Set.of("08", "11", "12", "14", "15", "16", "17", "18", "19", "20");

    /** Whether an act promised on a condition is a threat ("will pull out unless ..."), not an offer. */
    static boolean threatens(String cameo) {
        return THREAT_ROOTS.contains(cameo.substring(0, 2));
    }

    /**
     * Whether a token lies inside an "if"/"unless" clause: what is only supposed ("if the United
     * States goes ahead with the deployment") did not happen.
     */
    static boolean supposed(ParsedSentence ps, int token) {
        for (int t = token, hops = 0; t >= 0 && hops < 12; hops++) {
            Dependency h = ps.head(t);
            if (h == null || h.governor() < 0) return false;
            if (ParsedSentence.is(h.relation(), "advcl") && conditionMark(ps, t) >= 0) return true;
            t = h.governor();
        }
        return false;
    }

    /**
     * The word that makes an act conditional ("unless", "if") in the verb's clause or its open
     * complements, or null: "will withdraw its force unless a ceasefire holds".
     */
    static String condition(ParsedSentence ps, int verb) {
        int c = conditionClause(ps, verb);
        return c < 0 ? null : ps.token(conditionMark(ps, c)).word().toLowerCase();
    }

    /** The "if"/"unless" clause of the verb or of its open complements, or -1. */
    static int conditionClause(ParsedSentence ps, int verb) {
        for (int v = verb, hops = 0; hops < 3 && v >= 0; hops++, v = ps.child(v, "xcomp")) {
            for (int c : ps.childrenOf(v, "advcl")) if (conditionMark(ps, c) >= 0) return c;
        }
        return -1;
    }

    private static int conditionMark(ParsedSentence ps, int clause) {
        for (int m : ps.childrenOf(clause, "mark")) {
            String w = ps.token(m).word().toLowerCase();
            if (w.equals("if") || w.equals("unless")) return m;
        }
        return -1;
    }

    /** An intended act on a condition that is a threat ("will pull out unless ..."): its threat code, else null. */
    static String threatCode(ParsedSentence ps, int verb, String cameo) {
        String root = cameo.substring(0, 2);
        if (!threatens(cameo) || condition(ps, verb) == null) return null;
        if (root.compareTo("17") >= 0) return "138";
        return root.equals("11") || root.equals("12") ? "130" : "131";
    }

    /** The code an intended (not yet done) act takes; codes without an intent form are kept. */
    static String intentCode(String cameo) {
        return INTENT.getOrDefault(cameo.substring(0, 2), cameo);
    }
}
