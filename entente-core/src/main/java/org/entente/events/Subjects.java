package org.entente.events;

import org.entente.model.Dependency;

/**
 * Who a verb's subject is when the parse does not say it plainly: through control ("agreed to
 * meet"), coordination, purpose clauses, participles the parser took for the main verb, and noun
 * phrases it stranded before a verb.
 */
final class Subjects {
    private Subjects() {
    }

    /**
     * The noun phrase just before a main verb that has no subject, which the parser hung elsewhere
     * ("With the signing of the accord on a truce, the government and the rebels have agreed"):
     * the first conjunct of the phrase that ends where the verb's group begins; -1 if none.
     */
    private static int stranded(ParsedSentence ps, int verb) {
        int first = verb;
        for (int a : ps.childrenOf(verb, "aux", "advmod")) if (a < first && a >= verb - 3) first = a;
        int t = first - 1;
        if (t < 0 || !ps.token(t).pos().startsWith("NN")) return -1;
        for (int hops = 0; hops < 4 && ps.head(t) != null && ps.head(t).governor() >= 0; hops++) {
            String r = ps.head(t).relation();
            if (!(r.equals("conj") || r.equals("compound") || r.equals("flat") || r.equals("amod"))) break;
            t = ps.head(t).governor();
        }
        return ps.nearest(t) == null ? -1 : t;
    }

    /** The sentence's subject for a verb, following control and coordination upward when it has none; -1 if none. */
    static int of(ParsedSentence ps, int verb) {
        int v = verb;
        boolean controlled = false;
        for (int hops = 0; hops < 4 && v >= 0; hops++) {
            int s = ps.child(v, "nsubj");
            if (s >= 0 && ps.isTimeWord(s)) s = -1; // "on Wednesday to investigate": a date the parser took for a subject
            if (s >= 0 && (!ps.isPassive(v) || ParsedSentence.STATIVE.contains(ps.lemma(v)))) return s;
            // "Putin is expected to visit": the one expected, scheduled or due visits (not so the one ordered or allowed to)
            if (s >= 0 && controlled && Modality.INTENT_GOVERNORS.contains(ps.lemma(v))) return s;
            controlled = false;
            int cs = ps.child(v, "csubj");
            if (s < 0 && cs >= 0 && ps.child(cs, "nsubj") >= 0) return ps.child(cs, "nsubj"); // "farmers demanding a deal blocked roads"
            Dependency h = ps.head(v);
            if (h == null || h.governor() < 0) return s < 0 && !ps.isPassive(v) ? stranded(ps, v) : -1;
            String r = h.relation();
            if (r.equals("xcomp") || r.equals("conj")) {
                controlled = r.equals("xcomp");
                v = h.governor();
            } else if ((r.equals("dep") || r.equals("parataxis")) && ParsedSentence.AFFILIATING.contains(ps.lemma(h.governor()))) {
                v = h.governor(); // "Militants affiliated with Hezbollah attacked": the parser's main verb is the participle
            } else if (r.equals("advcl") && (ps.hasMark(v, "to") || ps.token(v).pos().equals("VBG"))) {
                v = h.governor(); // purpose: "stayed home to protest"; a participle: "expelled the diplomats, accusing Warsaw"
            } else if (r.startsWith("acl")) {
                int g = h.governor();
                Dependency gh = ps.head(g);
                boolean afterComma = v > 0 && ps.token(v - 1).word().equals(",") && ps.token(v).pos().equals("VBG");
                if ((ps.nearest(g) == null || afterComma) && gh != null && gh.governor() >= 0 && ParsedSentence.is(gh.relation(), "obj")) {
                    // "issued a declaration demanding ...": the issuer demands; "expelled two diplomats, accusing Warsaw": the one who expelled
                    v = gh.governor();
                } else {
                    return g;
                }
            } else {
                return -1;
            }
        }
        return -1;
    }
}
