package org.entente.events;

import org.entente.model.Actor;
import org.entente.model.ActorMention;
import org.entente.model.ActorRef;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Evidence;
import org.entente.model.Provenance;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns matches into events: one per (source, target) dyad, symmetric acts between every pair
 * of co-subjects ("Iran and Russia signed ..."), with code facts, evidence and confidence.
 */
final class EventBuilder {
    private final CameoTable cameo;
    private final Refusals refusals = Refusals.standard();

    EventBuilder(CameoTable cameo) {
        this.cameo = cameo;
    }

    List<Event> build(String doc, ParsedSentence ps, List<Match> matches) {
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Match m : matches) {
            String threat = m.intent() ? Modality.threatCode(ps, m.trigger(), m.pattern().cameo()) : null;
            String code = threat != null ? threat : m.intent() ? Modality.intentCode(m.pattern().cameo()) : m.pattern().cameo();
            boolean joint = cameo.root(code).joint(); // "failed to reach agreement": refused by each other
            // "did not agree to meet", "will not lift the embargo": a rejection, made as it is said
            String rejection = m.negated() && threat == null && !Refusals.pending(ps, m.trigger())
                    ? refusals.rejectionOf(m.intent() ? m.pattern().cameo() : code) : null;
            if (rejection != null) {
                code = rejection;
                m = m.asRefused();
            }
            List<Party> sources = parties(m.sources());
            List<Party> targets = parties(m.targets());
            if (sources.isEmpty()) continue;
            CameoTable.Root root = cameo.root(code);
            if (targets.isEmpty() && joint && sources.size() >= 2) { // co-subjects act on each other: each pair is a dyad
                for (int a = 0; a < sources.size(); a++) {
                    for (int b = a + 1; b < sources.size(); b++) {
                        add(out, seen, doc, ps, m, code, sources.get(a), sources.get(b));
                    }
                }
                continue;
            }
            for (Party s : sources) {
                if (targets.isEmpty() && "government".equals(root.untargeted()) && s.actor().country() != null && !"GOV".equals(s.actor().sector())) {
                    // a protest with no named target is addressed to the protesters' own authorities
                    Actor gov = new Actor(s.actor().code().substring(0, 3) + "GOV", s.actor().country(), "GOV");
                    add(out, seen, doc, ps, m, code, s, new Party(s.mention(), gov, null));
                    continue;
                }
                if (targets.isEmpty() && "home".equals(root.untargeted()) && s.actor().country() != null) {
                    // coercion or concession with no named target acts on the state's own people
                    Actor home = new Actor(s.actor().code().substring(0, 3), s.actor().country(), null);
                    add(out, seen, doc, ps, m, code, s, new Party(s.mention(), home, null));
                    continue;
                }
                if (targets.isEmpty()) add(out, seen, doc, ps, m, code, s, null);
                for (Party t : targets) add(out, seen, doc, ps, m, code, s, t);
            }
        }
        return out;
    }

    /** One actor of a mention (a mention of "the two countries" gives two). */
    private record Party(ActorMention mention, Actor actor, String text) {
        Party(ActorMention mention, Actor actor) {
            this(mention, actor, mention.name());
        }
    }

    private static List<Party> parties(List<ActorMention> ms) {
        List<Party> out = new ArrayList<>();
        for (ActorMention m : ms) for (Actor a : m.actors()) out.add(new Party(m, a));
        return out;
    }

    private void add(List<Event> out, Set<String> seen, String doc, ParsedSentence ps, Match m, String code, Party s, Party t) {
        // the same actor on both sides: only where two mentions name different parts of one state ("Croatia is
        // investigating crimes by Croatian extremists"); an organisation named twice is one actor, and so is a
        // pronoun standing for it ("Nakasone defended his plans")
        if (t != null && s.actor().code().equals(t.actor().code()) && (s.mention() == t.mention() || s.actor().country() == null
                || t.mention().pronoun() || s.mention().pronoun())) return;
        String key = s.actor().code() + ">" + (t == null ? "" : t.actor().code()) + ":" + code + ":" + m.negated();
        if (!seen.add(key)) return;
        CameoTable.Code c = cameo.get(code);
        if (c == null) return;
        Sentence sent = ps.sentence;
        Token trig = ps.token(m.trigger());
        Evidence evidence = new Evidence(sent.text(), sent.begin(), sent.end());
        Evidence trigger = Evidence.of(trig);
        ActorRef src = ActorRef.of(s.text(), s.actor(), s.mention().person());
        ActorRef tgt = t == null ? null : ActorRef.of(t.text(), t.actor(), t.text() == null ? null : t.mention().person());
        out.add(new Event(doc, sent.index(), src, tgt, c.code(), c.root(), c.quadClass(), c.goldstein(), cameo.plover(code),
                EventDate.UNKNOWN, evidence, trigger, confidence(m, s, t), provenance(m),
                m.negated()));
    }

    private static Provenance provenance(Match m) {
        Provenance p = Provenance.parse(m.pattern().source()); // the pattern's "file:line"
        if (m.refused()) p = p.asRefused();
        return m.intent() ? p.asIntended() : p;
    }

    private static double confidence(Match m, Party s, Party t) {
        double actors = t == null ? s.mention().certainty() * 0.8 : (s.mention().certainty() + t.mention().certainty()) / 2;
        int distance = Math.abs(m.trigger() - s.mention().tokenStart())
                + (t == null ? 0 : Math.abs(m.trigger() - t.mention().tokenStart()));
        double c = 0.35 + 0.04 * Math.min(m.score(), 8) + 0.3 * actors - 0.005 * Math.min(distance, 30);
        if (m.pattern().nominal()) c -= 0.05;
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }
}
