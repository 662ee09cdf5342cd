package org.entente.events;

import org.entente.model.ActorMention;

import java.util.List;

/**
 * Where a pattern's source and target sit in a dependency parse: the target phrase of a
 * preposition, the object a pattern names, the possessor of a nominal act, the passive's agent,
 * the subject of a complement or of a condition; and the parses that carry no act (negation, naming).
 */
final class Slots {
    private Slots() {
    }

    /**
     * The target's actors. For material conflict (roots 14-20) a place is a target too: "struck
     * targets in Gaza" is an act against Gaza, where "talks in Vienna" are not an act on Austria.
     */
    static List<ActorMention> targetArgument(ParsedSentence ps, int target, Pattern p) {
        List<ActorMention> t = ps.argument(target);
        if (t.isEmpty() && target >= 0 && materialConflict(p.cameo())) t = ps.placeIn(target);
        return t;
    }

    private static boolean materialConflict(String code) {
        CameoTable.Code c = CameoTable.standard().get(code);
        if (c == null) c = CameoTable.standard().get(CameoTable.standard().root(code).root());
        return c != null && c.quadClass() == 4;
    }

    /** The target phrase introduced by one of the pattern's prepositions, on the verb, its object or its complement. */
    static int prepTarget(ParsedSentence ps, Pattern p, int v, int obj, int x) {
        for (int head : new int[]{v, obj, x}) {
            if (head < 0) continue;
            for (int c : ps.childrenOf(head, "obl", "nmod", "iobj")) {
                if (p.preps().contains(ps.prep(c)) && !ps.isTimeWord(c)) return c; // "called ... on Wednesday" calls on no one
            }
        }
        return -1;
    }

    /**
     * The noun a pattern names (as object, or as subject): the noun itself or a noun compounded with it ("aid
     * deliveries"), or what a quantity object measures ("25,000 tons of food aid", "part of an aid
     * programme"); -1 when none matches.
     */
    static int namedHead(ParsedSentence ps, int obj, java.util.Set<String> heads) {
        if (obj < 0) return -1;
        if (ps.lemmaIn(obj, heads)) return obj;
        for (int c : ps.childrenOf(obj, "compound")) if (ps.lemmaIn(c, heads)) return obj;
        for (int c : ps.childrenOf(obj, "nmod")) {
            if (!ps.prep(c).equals("of")) continue;
            if (ps.lemmaIn(c, heads)) return c;
            for (int cc : ps.childrenOf(c, "compound")) if (ps.lemmaIn(cc, heads)) return c;
        }
        return -1;
    }

    /** "demanded that the US cancel ...": the subject of the verb's clausal complement is acted on. */
    static int clausalSubject(ParsedSentence ps, int v) {
        int c = ps.child(v, "ccomp");
        return c < 0 ? -1 : ps.child(c, "nsubj");
    }

    /** The target of an open complement: its object, else its "with"/"to"/"against" phrase ("pledged to cooperate with Russia"). */
    static int complementTarget(ParsedSentence ps, int x) {
        int o = ps.child(x, "obj");
        for (int head : new int[]{x, o}) {
            if (head < 0) continue;
            for (int c : ps.childrenOf(head, "obl", "nmod")) {
                String prep = ps.prep(c);
                if ((prep.equals("with") || prep.equals("to") || prep.equals("against") || prep.equals("on"))
                        && !ps.argument(c).isEmpty()) return c; // "deliver blows to the United States"
            }
        }
        return o >= 0 ? o : -1;
    }

    /** "threatened to stop talks if the United States ...": whoever the condition names is threatened. */
    static int conditionSubject(ParsedSentence ps, int v) {
        int c = Modality.conditionClause(ps, v);
        return c < 0 ? -1 : ps.child(c, "nsubj");
    }

    /**
     * Whose the object is: "rejected Ukraine's proposal", "an Indian proposal", "a U.S. request",
     * "the demand of Turkey", "an appeal from the UN".
     */
    static int possessor(ParsedSentence ps, int obj) {
        int poss = ps.child(obj, "nmod:poss");
        if (poss >= 0) return poss;
        for (int c : ps.childrenOf(obj, "amod", "compound")) if (ps.mentionAt(c) != null) return c;
        for (int c : ps.childrenOf(obj, "nmod")) {
            String prep = ps.prep(c);
            if (prep.equals("of") || prep.equals("by") || prep.equals("from")) return c;
        }
        return -1;
    }

    /** The "by" agent of a passive verb. */
    static int agent(ParsedSentence ps, int v) {
        for (int c : ps.childrenOf(v, "obl", "nmod")) if (ps.prep(c).equals("by")) return c;
        return -1;
    }

    /**
     * Whether an act is denied: a negator on its word ("did not meet"), "no" on its object ("sent no
     * troops"), or on a verb it completes ("was not going to resign", "did not agree to meet"), or
     * that verb is "fail" ("failed to reach a deal").
     */
    static boolean negated(ParsedSentence ps, int head, int obj) {
        if (hasNegator(ps, head)) return true;
        if (obj >= 0) {
            for (int c : ps.childrenOf(obj, "det")) if (ps.token(c).word().equalsIgnoreCase("no")) return true;
        }
        int t = head;
        for (int hops = 0; hops < 3; hops++) {
            org.entente.model.Dependency h = ps.head(t);
            if (h == null || h.governor() < 0 || !h.relation().equals("xcomp")) return false;
            t = h.governor();
            if (hasNegator(ps, t) || ps.lemma(t).equals("fail")) return true;
        }
        return false;
    }

    private static boolean hasNegator(ParsedSentence ps, int head) {
        for (int c : ps.childrenOf(head, "advmod", "neg", "det")) {
            if (Modality.NEGATORS.contains(ps.token(c).word().toLowerCase())) return true;
        }
        return false;
    }

    /** Verbs that also name or judge what they take: "calling them an occupying army", "branded it a failure". */
    private static final java.util.Set<String> NAMING = java.util.Set.of("call", "name", "label", "term", "brand", "dub",
            "describe", "consider", "deem", "pronounce");

    /** Whether a naming verb is used to name (object plus a noun or adjective predicate), which is no act. */
    static boolean naming(ParsedSentence ps, int v) {
        if (!NAMING.contains(ps.lemma(v))) return false;
        for (int x : ps.childrenOf(v, "xcomp")) {
            String pos = ps.token(x).pos();
            if (pos.startsWith("NN") || pos.startsWith("JJ")) return true;
        }
        return ps.childrenOf(v, "obj", "dobj", "iobj").size() >= 2; // "calling them an occupying army"
    }

    /**
     * Who does an act named by a noun: its possessor, its "by" phrase (also through a participle,
     * "the demonstration staged by students"), or the nationality that qualifies it; -1 if none.
     */
    static int eventAgent(ParsedSentence ps, int noun) {
        int poss = ps.child(noun, "nmod:poss");
        if (poss >= 0) return poss;
        for (int c : ps.childrenOf(noun, "nmod", "obl")) if (ps.prep(c).equals("by")) return c;
        for (int a : ps.childrenOf(noun, "acl")) {
            for (int c : ps.childrenOf(a, "obl", "nmod", "obl:agent")) if (ps.prep(c).equals("by")) return c;
        }
        for (int c : ps.childrenOf(noun, "amod", "compound")) if (ps.mentionAt(c) != null) return c;
        return -1;
    }
}
