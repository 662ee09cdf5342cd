package org.entente.events;

import org.entente.model.Dependency;

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
            "willing", "ready", "prepared", "eager", "determined", "set", "due", "schedule", "slate", "poise", "suppose");
    static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

    private static final CameoTable CAMEO = CameoTable.standard();

    private Modality() {
    }

    /** Whether a verb is in the future or conditional: "will visit", "would sign". */
    static boolean isFuture(ParsedSentence ps, int verb) {
        for (int c : ps.childrenOf(verb, "aux")) {
            if (FUTURE_AUX.contains(ps.token(c).word().toLowerCase())) return true;
        }
        return false;
    }

    /**
     * Whether an act promised on a condition is a threat ("will pull out unless ..."), not an offer:
     * withdrawing, reducing relations, coercing, fighting (the roots with a threat form in cameo-roots.tsv).
     */
    static boolean threatens(String cameo) {
        return CAMEO.root(cameo).threat() != null;
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

    /**
     * An intended act on a condition that is a threat ("will pull out unless ..."): its threat code,
     * else null. A cooperative act (withdrawing occupying troops) is threatened only "unless" the
     * other side complies; "if" it does, the act is offered ("willing to withdraw if ...").
     */
    static String threatCode(ParsedSentence ps, int verb, String cameo) {
        String mark = condition(ps, verb);
        if (!threatens(cameo) || mark == null) return null;
        CameoTable.Code c = CAMEO.get(cameo);
        if (c != null && c.quadClass() <= 2 && !mark.equals("unless")) return null;
        return CAMEO.root(cameo).threat();
    }

    /** The code an intended (not yet done) act takes; codes without an intent form are kept. */
    static String intentCode(String cameo) {
        String intent = CAMEO.root(cameo).intent();
        return intent == null ? cameo : intent;
    }
}
