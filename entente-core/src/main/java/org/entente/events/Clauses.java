package org.entente.events;

import org.entente.model.Dependency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules between clauses of one sentence:
 * <ul>
 * <li>a pattern that names its complement ("threaten to attack") covers the complement's own event;</li>
 * <li>an act under an intent verb ("agreed to boost", "plans to visit") is coded as intent, and the
 *     intent verb's own event is dropped; so is an act under a future verb ("will leave ... to hold talks");</li>
 * <li>reported speech: "X said Y did Z" codes Z; the saying (root 01) stays only when nothing else is coded.</li>
 * </ul>
 */
final class Clauses {
    private static final CameoTable CAMEO = CameoTable.standard();

    private Clauses() {
    }

    private static final java.util.Set<String> SAYING = java.util.Set.of("say", "state", "announce", "tell", "add", "declare",
            "insist", "conclude", "remind", "stress", "warn", "argue", "write", "urge");
    private static final java.util.Set<String> SAYING_NOUNS = java.util.Set.of("reminder", "warning", "statement",
            "declaration", "message", "notice", "note", "letter");
    private static final java.util.Set<String> OBLIGATION = java.util.Set.of("must", "should", "ought");

    /**
     * "Russia said Sudan must return the helicopter": a reported obligation is a demand (CAMEO
     * 10) by the speaker on the one obliged; it replaces the obliged act's own coding.
     */
    static List<Match> demands(ParsedSentence ps, List<Match> found, Lexicon lexicon) {
        List<Match> out = new ArrayList<>(found);
        int n = ps.sentence.tokens().size();
        for (int v = 0; v < n; v++) {
            int speaker = v;
            if (!SAYING.contains(ps.lemma(v))) {
                // "issued a stern reminder to Iraq that it must cooperate": the noun's clause, the issuer's demand
                Dependency h = ps.head(v);
                if (!SAYING_NOUNS.contains(ps.lemma(v)) || h == null || h.governor() < 0 || !ParsedSentence.is(h.relation(), "obj")) continue;
                speaker = h.governor();
            }
            List<Integer> clauses = ps.childrenOf(v, speaker == v ? new String[]{"ccomp"} : new String[]{"ccomp", "acl", "dep"});
            if (speaker != v) clauses.addAll(ps.childrenOf(speaker, "ccomp")); // "issued a reminder Saturday to Iraq that it must"
            for (int c : clauses) {
                boolean must = false;
                for (int a : ps.childrenOf(c, "aux")) if (OBLIGATION.contains(ps.token(a).word().toLowerCase())) must = true;
                if (!must) continue;
                var sources = ps.argument(ps.subject(speaker));
                int obliged = ps.child(c, "nsubj");
                var targets = ps.argument(obliged);
                if (obliged >= 0 && ps.token(obliged).pos().startsWith("PRP")) { // "told Iraq that it must": the one told
                    for (int head : new int[]{v, speaker}) {
                        for (int r : ps.childrenOf(head, "iobj", "obl", "nmod")) {
                            if ((ps.head(r).relation().equals("iobj") || ps.prep(r).equals("to")) && !ps.argument(r).isEmpty()) {
                                targets = ps.argument(r);
                            }
                        }
                    }
                }
                if (sources.isEmpty() || targets.isEmpty()) continue;
                final int clause = c, saying = v;
                out.removeIf(m -> ps.dominates(clause, m.trigger()) || m.trigger() == saying); // all the obliged clause asks for
                Pattern demand = codedAs(lexicon, "demand", "100");
                if (demand != null) out.add(new Match(v, demand, 6, sources, targets, -1, false, false));
            }
        }
        return out;
    }

    /** Saying verbs that find fault with what they report. */
    private static final java.util.Set<String> COMPLAINING = java.util.Set.of("protest", "complain", "charge", "allege",
            "lament", "deplore", "accuse");

    /**
     * "Croatian authorities are failing to uphold the rights of refugees, a human rights group
     * protested": a complaint about what the reported clause says is criticism (CAMEO 11) of that
     * clause's subject; it replaces the complaining verb's own coding (a street protest).
     */
    static List<Match> complaints(ParsedSentence ps, List<Match> found, Lexicon lexicon) {
        List<Match> out = new ArrayList<>(found);
        int n = ps.sentence.tokens().size();
        for (int v = 0; v < n; v++) {
            if (!COMPLAINING.contains(ps.lemma(v)) || !ps.token(v).pos().startsWith("VB")) continue;
            int content = ps.child(v, "ccomp");
            Dependency h = ps.head(v);
            if (content < 0 && h != null && h.governor() >= 0 && v > ps.root()
                    && (h.relation().equals("dep") || h.relation().equals("parataxis"))) {
                content = ps.root(); // the report comes first, the complaint after it
            }
            if (content < 0 || content == v) continue;
            var sources = ps.argument(ps.subject(v));
            var targets = ps.argument(ps.subject(content));
            if (sources.isEmpty() || targets.isEmpty() || sources.equals(targets)) continue;
            Pattern criticism = codedAs(lexicon, "criticize", "11");
            if (criticism == null) continue;
            final int complaint = v;
            out.removeIf(m -> m.trigger() == complaint);
            out.add(new Match(v, criticism, 6, sources, targets, -1, false, false));
        }
        return out;
    }

    /** The lexicon's first pattern for a verb whose code starts with {@code code} ("demand" as 100), or null. */
    private static Pattern codedAs(Lexicon lexicon, String verb, String code) {
        for (Pattern p : lexicon.verb(verb)) if (p.cameo().startsWith(code)) return p;
        return null;
    }

    /** Words whose complement is an act asked for, offered or refused, not one reported as done. */
    private static final java.util.Set<String> UNREALISED = java.util.Set.of("demand", "call", "urge", "appeal", "ask",
            "request", "press", "pressure", "invitation", "invite", "proposal", "ultimatum", "refuse", "reject",
            "decline", "plea", "demanding", "calling", "urging", "permission", "order", "oppose", "dismiss", "rebuff", "spurn",
            "renege", "deny");

    /**
     * "demanded that Hamas renounce violence", "rejected an invitation to attend talks", "urged
     * Iran to release them": the act in the complement did not happen; only the demand, rejection
     * or appeal is coded.
     */
    static List<Match> unrealised(ParsedSentence ps, List<Match> found) {
        List<Match> out = new ArrayList<>(found.size());
        for (Match m : found) {
            if (!asked(ps, m, found) && !Modality.supposed(ps, m.trigger())) out.add(m);
        }
        return out;
    }

    /**
     * Whether an act is only asked for, offered or refused: walking up from it through
     * complements ("refused to allow planes to land and evacuate"), the first word that governs
     * it as content is a word of {@link #UNREALISED} ("dismissed an appeal ... to lay down their
     * arms"); a verb counts when it is itself coded, a noun always.
     */
    private static boolean asked(ParsedSentence ps, Match m, List<Match> found) {
        return asked(ps, m.trigger(), m.pattern().nominal(), found);
    }

    /** Whether a verb is only asked for, offered or refused ("called for the Taliban to lift the ban": lift), whoever asks. */
    static boolean askedFor(ParsedSentence ps, int verb) {
        return asked(ps, verb, false, List.of());
    }

    private static boolean asked(ParsedSentence ps, int trigger, boolean nominal, List<Match> found) {
        int t = trigger;
        for (int hops = 0; hops < 5; hops++) {
            Dependency h = ps.head(t);
            if (h == null || h.governor() < 0) return false;
            String r = h.relation();
            int g = h.governor();
            if (r.equals("conj")) { // a coordinate act shares its first conjunct's fate
                t = g;
                continue;
            }
            boolean argument = (nominal || hops > 0) && (ParsedSentence.is(r, "obj") || ParsedSentence.is(r, "obl")
                    || ParsedSentence.is(r, "nmod")); // "rejected French mediation"
            // "called on Somalia to release them" parses as an infinitival advcl: the same asking
            boolean infinitive = ParsedSentence.is(r, "advcl") && ps.hasMark(t, "to");
            if (!(argument || infinitive || ParsedSentence.is(r, "ccomp") || ParsedSentence.is(r, "xcomp") || r.startsWith("acl"))) return false;
            // an asking verb governs its complement clause as asked for even where no one it knows does the asking
            boolean clause = infinitive || ParsedSentence.is(r, "xcomp") || ParsedSentence.is(r, "ccomp");
            if (UNREALISED.contains(ps.lemma(g)) && (hasOwnMatch(found, g) || clause || ps.token(g).pos().startsWith("NN"))) return true;
            t = g;
        }
        return false;
    }

    private static boolean hasOwnMatch(List<Match> found, int token) {
        for (Match m : found) if (m.trigger() == token) return true;
        return false;
    }

    static List<Match> resolve(ParsedSentence ps, List<Match> found) {
        Map<Integer, Match> byTrigger = new HashMap<>();
        for (Match m : found) byTrigger.put(m.trigger(), m);
        List<Match> out = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        for (Match m : found) {
            Dependency h = ps.head(anchor(ps, m));
            if (h == null || h.governor() < 0 || !h.relation().equals("xcomp")) continue;
            int g = h.governor();
            Match gov = byTrigger.get(g);
            // a governor with no one acting ("Putin is expected to visit") leaves the act to its complement
            if (gov != null && !gov.sources().isEmpty() && (!gov.pattern().xcomps().isEmpty() || CAMEO.root(gov.pattern().cameo()).isThreat())) {
                dropped.add(m.trigger()); // the pattern names it, or the threat covers it ("threatened to hold a strike")
            } else if (Modality.INTENT_GOVERNORS.contains(ps.lemma(g))) {
                byTrigger.put(m.trigger(), m.asIntent());
                if (gov != null) dropped.add(g);
            } else if (Modality.isFuture(ps, g) || intendedAbove(ps, g)) {
                byTrigger.put(m.trigger(), m.asIntent());
            }
        }
        for (Match m : found) {
            if (!dropped.contains(m.trigger()) && belowIntent(ps, anchor(ps, m), byTrigger, dropped)) dropped.add(m.trigger());
        }
        boolean other = false;
        for (Match m : byTrigger.values()) {
            if (!dropped.contains(m.trigger()) && !CAMEO.root(m.pattern().cameo()).isStatement() && !m.negated()) other = true;
        }
        for (Match m : found) {
            Match r = byTrigger.get(m.trigger());
            if (dropped.contains(m.trigger())) continue;
            if (other && CAMEO.root(r.pattern().cameo()).isStatement()) continue;
            out.add(r);
        }
        return out;
    }

    /** Whether a verb is itself the complement of an intent verb: "offered to send troops to help", for "help". */
    private static boolean intendedAbove(ParsedSentence ps, int verb) {
        int t = verb;
        for (int hops = 0; hops < 2; hops++) {
            Dependency h = ps.head(t);
            if (h == null || h.governor() < 0 || !h.relation().equals("xcomp")) return false;
            t = h.governor();
            if (Modality.INTENT_GOVERNORS.contains(ps.lemma(t))) return true;
        }
        return false;
    }

    /** Where a match stands in its clause: a nominal act carried by a light verb stands at the verb ("to continue military aid"). */
    private static int anchor(ParsedSentence ps, Match m) {
        if (!m.pattern().nominal()) return m.trigger();
        Dependency h = ps.head(m.trigger());
        if (h != null && h.governor() >= 0 && ParsedSentence.is(h.relation(), "obj")
                && Words.LIGHT_VERBS.contains(ps.lemma(h.governor()))) return h.governor();
        return m.trigger();
    }

    /**
     * Whether an act lies in the purpose or complement of another act that is only intended
     * ("offered its troops to help him", "agreed to hold talks to end the war"): it has not happened.
     */
    private static boolean belowIntent(ParsedSentence ps, int token, Map<Integer, Match> byTrigger, List<Integer> dropped) {
        int t = token;
        for (int hops = 0; hops < 4; hops++) {
            Dependency h = ps.head(t);
            if (h == null || h.governor() < 0) return false;
            String r = h.relation();
            if (!(r.equals("xcomp") || ParsedSentence.is(r, "advcl") && ps.hasMark(t, "to"))) return false;
            t = h.governor();
            if (hops == 0 && r.equals("xcomp")) continue; // the intended act itself
            Match gov = byTrigger.get(t);
            if (gov != null && !dropped.contains(t) && (gov.intent() || CAMEO.root(gov.pattern().cameo()).isIntent())) return true;
        }
        return false;
    }
}
