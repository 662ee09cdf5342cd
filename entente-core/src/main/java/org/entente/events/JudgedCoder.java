package org.entente.events;

import org.entente.model.ActorMention;
import org.entente.model.ActorRef;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Evidence;
import org.entente.model.Sentence;
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
 * sentence with actors and an act verb but no candidate gets an event where the judge is confident
 * of an act (source: its first actor; target: the next different one). Only sentences that hold a candidate
 * or an actor are embedded, in one batch per article. Every event the judge touched names its
 * version in the rule.
 */
public final class JudgedCoder implements EventCoder {
    private final EventCoder rules;
    private final Judge judge;
    private final CameoTable cameo = CameoTable.standard();
    private final JudgeLabels labels = JudgeLabels.get();

    private final Function<List<String>, List<float[]>> embedder;

    public JudgedCoder(EventCoder rules, Judge judge) {
        this(rules, judge, SentenceEmbedder::embedAll);
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

    @Override
    public List<Event> code(AnnotatedArticle article, List<ActorMention> mentions) {
        List<Event> candidates = rules.code(article, mentions);
        if (judge == null) return ReportFilter.apply(candidates);
        Map<Integer, List<Event>> bySentence = new TreeMap<>();
        for (Event e : candidates) bySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
        Map<Integer, List<ActorMention>> actorsOf = new TreeMap<>();
        for (ActorMention m : mentions) {
            if (!m.actors().isEmpty() && !m.pronoun()) actorsOf.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        List<Integer> judged = new ArrayList<>(bySentence.keySet());
        for (Integer s : actorsOf.keySet()) {
            if (!bySentence.containsKey(s) && mayPropose(article.sentences().get(s))) judged.add(s);
        }
        judged.sort(null);
        List<String> texts = new ArrayList<>(judged.size());
        for (int s : judged) texts.add(article.sentences().get(s).text());
        List<float[]> vectors = embedder.apply(texts);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            int s = judged.get(i);
            List<Event> here = bySentence.get(s);
            if (here != null) {
                for (Event e : here) {
                    Event kept = decide(e, vectors.get(i));
                    if (kept != null) out.add(kept);
                }
            } else {
                Event proposed = propose(article, article.sentences().get(s), actorsOf.get(s), vectors.get(i));
                if (proposed != null) out.add(proposed);
            }
        }
        return ReportFilter.apply(out);
    }

    /**
     * Where the judge may propose an event the rules missed: a sentence with a verb the lexicon
     * knows as an act ("signed", "attacked"), so that a headline fragment, a price list or a
     * sentence of pure description never gets one.
     */
    public boolean mayPropose(Sentence s) {
        for (org.entente.model.Token t : s.tokens()) {
            if (t.pos().startsWith("VB") && rules.isTrigger(t.lemma().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    private Event decide(Event e, float[] vector) {
        String ruleType = labels.canonical(e.plover());
        if (ruleType == null || e.negated()) return e;
        Judge.Verdict v = judge.judge(vector, ruleType, e.trigger() == null ? null : e.trigger().text());
        String why = e.rule() + " +judge:" + judge.version();
        if (v.type().equals(ruleType)) return e.recoded(e.cameo(), e.root(), e.quadClass(), e.goldstein(), e.plover(),
                round((e.confidence() + v.probability()) / 2), why);
        if (v.type().equals(JudgeLabels.NONE)) {
            if (ruleType.equals(JudgeLabels.NONE) || v.probability() < judge.threshold("drop", 1.01)) return e;
            return null;
        }
        if (v.probability() < judge.threshold("retype", 1.01)) return e;
        return retyped(e, v, why);
    }

    private Event retyped(Event e, Judge.Verdict v, String why) {
        CameoTable.Code c = cameo.get(labels.cameo(v.type()));
        if (c == null) return e;
        return e.recoded(c.code(), c.root(), c.quadClass(), c.goldstein(), cameo.plover(c.code()), round(v.probability()), why);
    }

    private Event propose(AnnotatedArticle article, Sentence sentence, List<ActorMention> actors, float[] vector) {
        Judge.Verdict v = judge.judge(vector, JudgeLabels.NONE, null);
        if (v.type().equals(JudgeLabels.NONE) || v.probability() < judge.threshold("propose", 1.01)) return null;
        CameoTable.Code c = cameo.get(labels.cameo(v.type()));
        if (c == null) return null;
        ActorMention source = actors.get(0);
        ActorMention target = null;
        for (ActorMention m : actors) {
            if (m.start() > source.start() && !m.actor().code().equals(source.actor().code())) {
                target = m;
                break;
            }
        }
        ActorRef src = ActorRef.of(source.text(), source.actor(), source.person());
        ActorRef tgt = target == null ? null : ActorRef.of(target.text(), target.actor(), target.person());
        Evidence evidence = new Evidence(sentence.text(), sentence.begin(), sentence.end());
        return new Event(article.article().docId(), sentence.index(), src, tgt, c.code(), c.root(), c.quadClass(),
                c.goldstein(), cameo.plover(c.code()), EventDate.UNKNOWN, evidence, null, round(v.probability()),
                "judge:" + judge.version(), false);
    }

    private static double round(double p) {
        return Math.round(p * 100) / 100.0;
    }
}
