package org.entente.events;

import org.entente.model.ActorMention;
import org.entente.model.ActorRef;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Evidence;
import org.entente.model.Provenance;
import org.entente.model.Sentence;
import org.entente.model.Token;
import org.entente.nlp.SentenceEmbedder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The events stage: rules propose, the judge decides, and {@link ReportFilter} keeps out what is no
 * report. With a {@link Judge} over a rule coder, each
 * candidate the rules find is kept, retyped or dropped by the judge's verdict on its sentence; a
 * sentence with actors and an act verb but no candidate (or only statements, or only candidates
 * naming one actor twice, which are never reported) gets an event where the judge is confident of
 * an act (source: its first actor; target: the next different one), coded as intended or refused
 * as the rules would code it. Only sentences that hold a candidate
 * or an actor are embedded, in one batch per article. Every event the judge touched names its
 * version in the rule.
 */
public final class JudgedCoder implements EventCoder {
    private final EventCoder rules;
    private final Judge judge;
    private final CameoTable cameo = CameoTable.standard();
    private final JudgeLabels labels = JudgeLabels.get();
    private final Refusals refusals = Refusals.standard();

    private final Function<List<String>, List<float[]>> embedder;

    public JudgedCoder(EventCoder rules, Judge judge) {
        this(rules, judge, encoderOf(judge));
    }

    /** The judge's encoder, chosen once and loaded on first use (none without a judge: nothing is embedded then). */
    private static Function<List<String>, List<float[]>> encoderOf(Judge judge) {
        if (judge == null) return texts -> List.of();
        SentenceEmbedder.Encoder encoder = judge.encoder();
        return texts -> SentenceEmbedder.of(encoder).embedAll(texts);
    }

    /** With another way to embed sentences (a cache, when a trainer tries many settings). */
    public JudgedCoder(EventCoder rules, Judge judge, Function<List<String>, List<float[]>> embedder) {
        this.rules = rules;
        this.judge = judge;
        this.embedder = embedder;
    }

    /** The events stage over these rules, with the bundled judge (the rules decide alone where none is bundled). */
    public static EventCoder over(EventCoder rules) {
        return new JudgedCoder(rules, Judge.standard());
    }

    @Override
    public boolean isTrigger(String lemma) {
        return rules.isTrigger(lemma);
    }

    /** The rules' sentences, and with a judge also those naming two different actors: the judge may type their dyad. */
    @Override
    public boolean needsParse(Sentence s, List<ActorMention> inSentence) {
        return judge == null ? rules.needsParse(s, inSentence) : parsedForJudge(rules, s, inSentence);
    }

    /**
     * What a judge over these rules needs parsed: the rules' sentences, and those naming two
     * different actors (pronouns aside), which may hold a structural dyad to type. Training parses
     * the same sentences.
     */
    public static boolean parsedForJudge(EventCoder rules, Sentence s, List<ActorMention> inSentence) {
        return rules.needsParse(s, inSentence) || Dyads.twoActors(inSentence);
    }

    /**
     * The pair and word the judge would type in a sentence no rule coded: source, target (or null)
     * and the verb; {@code partner} is a co-subject of the source (or null), the target of an act
     * done jointly when none is named ("India and Pakistan exchanged fire").
     */
    public record Proposal(ActorMention source, ActorMention target, Evidence verb, boolean direct, ActorMention partner) {
        /** What the judge knows of the pair besides the sentence ({@link JudgeCues}). */
        public List<String> cues(Sentence s) {
            List<String> c = new ArrayList<>(JudgeCues.of(JudgeLabels.NONE, verb, s, source.actor().sector(),
                    target == null ? null : target.actor().sector(), target != null));
            if (direct) c.add("pair=direct");
            return c;
        }
    }

    @Override
    public List<Event> code(AnnotatedArticle article, List<ActorMention> mentions) {
        List<Event> candidates = rules.code(article, mentions);
        if (judge == null) return ReportFilter.apply(ViolenceCodes.apply(candidates));
        Map<Integer, List<Event>> bySentence = new TreeMap<>();
        for (Event e : candidates) {
            // a candidate naming one actor twice is never reported: the judge may find the sentence's dyad instead
            if (!ReportFilter.sameActorTwice(e)) bySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
        }
        Map<Integer, List<ActorMention>> actorsOf = new TreeMap<>();
        for (ActorMention m : mentions) {
            if (!m.actors().isEmpty()) actorsOf.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        java.util.SortedSet<Integer> judgedSet = new java.util.TreeSet<>(bySentence.keySet());
        Map<Integer, Proposal> proposals = new TreeMap<>();
        for (Map.Entry<Integer, List<ActorMention>> a : actorsOf.entrySet()) {
            // a sentence whose only candidates are statements ("said") may still report an act the judge can propose
            List<Event> here = bySentence.getOrDefault(a.getKey(), List.of());
            if (!here.stream().allMatch(e -> e.root().equals("01"))) continue;
            Proposal p = proposal(article.sentences().get(a.getKey()), a.getValue());
            if (p == null) continue;
            proposals.put(a.getKey(), p);
            judgedSet.add(a.getKey());
        }
        List<Integer> judged = new ArrayList<>(judgedSet);
        List<String> texts = new ArrayList<>(judged.size());
        for (int s : judged) texts.add(article.sentences().get(s).text());
        List<float[]> vectors = embedder.apply(texts);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            int s = judged.get(i);
            List<Event> here = bySentence.get(s);
            if (here != null) {
                for (Event e : here) {
                    Event kept = decide(e, article.sentences().get(s), vectors.get(i));
                    if (kept != null) out.add(kept);
                }
            }
            if (proposals.containsKey(s)) {
                Event proposed = propose(article, article.sentences().get(s), proposals.get(s), vectors.get(i));
                if (proposed != null) out.add(proposed);
            }
        }
        return ReportFilter.apply(ViolenceCodes.apply(out));
    }

    /**
     * What the judge may type in a sentence the rules did not code: in a parsed sentence, the
     * structural dyad of its main verb ({@link Dyads}); failing that, in a sentence with a verb the
     * lexicon knows as an act ("signed", "attacked"), its first actor named before such a verb (one
     * named only after every act verb is acted on) and the next different one.
     * A headline fragment, a price list or a sentence of pure description gets none. Null when
     * there is nothing to propose.
     */
    public Proposal proposal(Sentence s, List<ActorMention> inSentence) {
        ParsedSentence ps = s.parsed() ? new ParsedSentence(s, inSentence) : null;
        if (ps != null) {
            Dyads.Pair p = Dyads.main(ps);
            if (p != null && !p.source().pronoun()) {
                Token v = s.tokens().get(p.verb());
                return new Proposal(p.source(), p.target(), Evidence.of(v), p.direct(), p.partner());
            }
        }
        ActorMention source = null, target = null;
        Token verb = null;
        for (ActorMention m : inSentence) {
            if (m.pronoun()) continue;
            if (source == null) {
                // who acts is named before the act verb; an actor named only after every one is acted on
                verb = actVerbAfter(s, m.tokenEnd(), ps);
                if (verb == null) return null;
                source = m;
            } else if (m.start() > source.start() && !m.actor().code().equals(source.actor().code())) {
                target = m;
                break;
            }
        }
        return source == null ? null : new Proposal(source, target, Evidence.of(verb), false, null);
    }

    /** Verbs that are mostly auxiliaries ("have been killed", "are going"): where a rule found no act with them, none. */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("be", "have", "do");

    /** The first verb from this token on that the lexicon knows as an act, not one asked of someone ({@link Dyads#askedOfOthers}), or null. */
    private Token actVerbAfter(Sentence s, int from, ParsedSentence ps) {
        for (Token t : s.tokens().subList(Math.min(from, s.tokens().size()), s.tokens().size())) {
            String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
            if (t.pos().startsWith("VB") && !AUXILIARIES.contains(lemma) && rules.isTrigger(lemma)
                    && (ps == null || !Dyads.askedOfOthers(ps, t.index()))) return t;
        }
        return null;
    }

    private Event decide(Event e, Sentence sentence, float[] vector) {
        String ruleType = labels.canonical(e.plover());
        if (ruleType == null || e.negated()) return e;
        Judge.Verdict v = judge.judge(vector, cues(e, sentence));
        Provenance why = e.provenance().decidedBy(judge.version());
        if (v.type().equals(ruleType)) return e.recoded(e.cameo(), e.root(), e.quadClass(), e.goldstein(), e.plover(),
                round((e.confidence() + v.probability()) / 2), why);
        // kept as the rule coded it, the judge not sure enough to drop or retype: it still decided, and says so
        Event kept = e.recoded(e.cameo(), e.root(), e.quadClass(), e.goldstein(), e.plover(), e.confidence(), why);
        if (v.type().equals(JudgeLabels.NONE)) {
            if (ruleType.equals(JudgeLabels.NONE) || v.probability() < judge.threshold("drop", 1.01)) return kept;
            return null;
        }
        if (v.probability() < judge.threshold("retype", 1.01)) return kept;
        return retyped(e, v, why, sentence);
    }

    /** What the judge knows of a rule's candidate besides the sentence ({@link JudgeCues}). */
    public List<String> cues(Event e, Sentence s) {
        return JudgeCues.of(labels.canonical(e.plover()), e.trigger(), s, e.source().sector(),
                e.target() == null ? null : e.target().sector(), e.target() != null);
    }

    /**
     * The CAMEO code of a type the judge chose: the first code the lexicon gives the trigger's
     * lemma within that type ("demanded" a REQUEST: 100; "urged": 020), else the type's own code.
     */
    CameoTable.Code codeOf(String type, Evidence trigger, Sentence s) {
        String lemma = trigger == null ? null : JudgeCues.lemma(trigger, s);
        if (lemma != null) {
            for (String code : rules.codesOf(lemma)) {
                CameoTable.Code c = cameo.get(code);
                if (c != null && type.equals(labels.canonical(cameo.plover(code)))) return c;
            }
        }
        return cameo.get(labels.cameo(type));
    }

    private Event retyped(Event e, Judge.Verdict v, Provenance why, Sentence s) {
        CameoTable.Code c = codeOf(v.type(), e.trigger(), s);
        if (c == null) return e;
        return e.recoded(c.code(), c.root(), c.quadClass(), c.goldstein(), cameo.plover(c.code()), round(v.probability()), why);
    }

    private Event propose(AnnotatedArticle article, Sentence sentence, Proposal p, float[] vector) {
        Judge.Verdict v = judge.judge(vector, p.cues(sentence));
        double needed = p.direct() ? judge.threshold("propose_direct", judge.threshold("propose", 1.01)) : judge.threshold("propose", 1.01);
        boolean sureOfType = !v.type().equals(JudgeLabels.NONE) && v.probability() >= needed;
        if (!sureOfType) {
            // the judge may spread its belief over several acts and still be sure there is one: "no act" unlikely
            v = v.bestAct();
            if (v == null || v.scores().getOrDefault(JudgeLabels.NONE, 1.0) > judge.threshold("propose_none", -1)
                    || v.probability() < judge.threshold("propose_floor", 0)) return null;
        }
        CameoTable.Code c = codeOf(v.type(), p.verb(), sentence);
        if (c == null) return null;
        boolean negated = false;
        int verb = tokenAt(sentence, p.verb());
        if (verb >= 0 && sentence.parsed()) { // as the rules code their own: "will visit" is intended, "did not attack" refused
            ParsedSentence ps = new ParsedSentence(sentence, List.of());
            String code = Modality.isFuture(ps, verb) ? Modality.intentCode(c.code()) : c.code();
            if (Slots.negated(ps, verb, -1) && !Refusals.pending(ps, verb)) {
                String rejection = refusals.rejectionOf(code);
                if (rejection == null) negated = true;
                else code = rejection;
            }
            if (!code.equals(c.code())) c = cameo.get(code);
            if (c == null) return null;
        }
        ActorRef src = ActorRef.of(p.source().name(), p.source().actor(), p.source().person());
        ActorMention on = p.target() == null && p.partner() != null && cameo.root(c.root()).joint() ? p.partner() : p.target();
        ActorRef tgt = on == null ? null : ActorRef.of(on.name(), on.actor(), on.person());
        Evidence evidence = new Evidence(sentence.text(), sentence.begin(), sentence.end());
        return new Event(article.article().docId(), sentence.index(), src, tgt, c.code(), c.root(), c.quadClass(),
                c.goldstein(), cameo.plover(c.code()), EventDate.UNKNOWN, evidence, p.verb(), round(v.probability()),
                Provenance.proposedBy(judge.version()), negated);
    }

    /** The index of the token an evidence span starts at, or -1. */
    private static int tokenAt(Sentence s, Evidence e) {
        if (e == null) return -1;
        for (Token t : s.tokens()) if (t.begin() == e.start()) return t.index();
        return -1;
    }

    private static double round(double p) {
        return Math.round(p * 100) / 100.0;
    }
}
