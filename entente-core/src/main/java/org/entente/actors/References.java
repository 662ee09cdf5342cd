package org.entente.actors;

import org.entente.model.Actor;
import org.entente.model.ActorMention;
import org.entente.model.MentionOrigin;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cheap reference rules, in place of full coreference (CoreNLP's runs at 0.3 articles/s here):
 * "he"/"his" is the latest person named in this or the previous sentences; "they"/"them" the group
 * named by a plural noun just before, if it is the latest actor named; "the two countries",
 * "both sides", "the two leaders" are the latest two states named; a quotation's "I" and "we" its
 * speaker ({@link Speakers}).
 */
final class References {
    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her");
    private static final Set<String> PLURAL = Set.of("they", "them");
    private static final Set<String> PAIR_NOUNS = Set.of("countries", "nations", "sides", "states", "governments",
            "leaders", "presidents", "neighbours", "neighbors", "powers", "allies", "parties", "capitals", "heads");
    private static final Set<String> GOVERNMENT_NOUNS = Set.of("governments", "leaders", "presidents", "capitals", "heads");
    /** How many sentences back a reference may reach. */
    private static final int WINDOW = 3;

    /** The sentence's mentions with its references added, in token order. */
    List<ActorMention> resolve(Sentence s, List<ActorMention> named, List<ActorMention> before) {
        List<ActorMention> out = new ArrayList<>(named);
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (DictionaryRecognizer.covered(named, i)) continue;
            String w = t.get(i).word().toLowerCase();
            if (PERSONAL.contains(w) && t.get(i).pos().startsWith("PRP")) {
                ActorMention p = latestPerson(s, i, named, before);
                if (p != null) out.add(DictionaryRecognizer.mention(s, i, i + 1, p.actor(), MentionOrigin.of(MentionOrigin.Kind.PRONOUN, p.text()), p.person(), 0.6));
                continue;
            }
            if (PLURAL.contains(w) && t.get(i).pos().startsWith("PRP")) {
                ActorMention g = latestGroup(s, i, named, before);
                if (g != null) out.add(DictionaryRecognizer.mention(s, i, i + 1, g.actor(), MentionOrigin.of(MentionOrigin.Kind.PRONOUN, g.text()), null, 0.5));
                continue;
            }
            int end = pairPhraseEnd(t, i);
            if (end > 0) {
                List<Actor> pair = latestPair(s, i, named, before, GOVERNMENT_NOUNS.contains(t.get(end - 1).word().toLowerCase()));
                if (pair != null) {
                    ActorMention m = DictionaryRecognizer.mention(s, i, end, pair.get(0), MentionOrigin.of(MentionOrigin.Kind.PAIR, null), null, 0.6);
                    out.add(m.withActors(pair, m.origin()));
                }
                i = end - 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.tokenStart(), b.tokenStart()));
        return Speakers.resolve(s, out);
    }

    /** "the two countries", "both sides", "the two": the end token (exclusive) of the phrase at i, or 0. */
    private static int pairPhraseEnd(List<Token> t, int i) {
        String w = t.get(i).word().toLowerCase();
        if (w.equals("both") && i + 1 < t.size() && PAIR_NOUNS.contains(t.get(i + 1).word().toLowerCase())) return i + 2;
        if (w.equals("the") && i + 1 < t.size() && t.get(i + 1).word().equalsIgnoreCase("two")) {
            if (i + 2 < t.size() && PAIR_NOUNS.contains(t.get(i + 2).word().toLowerCase().replace("’", "'"))) return i + 3;
            if (i + 2 < t.size() && t.get(i + 2).word().toLowerCase().startsWith("countr")) return i + 3;
            if (i + 2 >= t.size() || !t.get(i + 2).pos().startsWith("NN")) return i + 2;
        }
        return 0;
    }

    private static ActorMention latestPerson(Sentence s, int token, List<ActorMention> named, List<ActorMention> before) {
        for (int k = named.size() - 1; k >= 0; k--) {
            ActorMention m = named.get(k);
            if (m.tokenEnd() <= token && isPerson(m)) return m;
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            ActorMention m = before.get(k);
            if (m.sentence() < s.index() - WINDOW) break;
            if (isPerson(m)) return m;
        }
        return null;
    }

    /** "they"/"them": the latest group named by a plural noun ("militants", "Iranian officials") in this or the previous sentence. */
    private static ActorMention latestGroup(Sentence s, int token, List<ActorMention> named, List<ActorMention> before) {
        for (int k = named.size() - 1; k >= 0; k--) {
            ActorMention m = named.get(k);
            if (m.tokenEnd() <= token) return plural(s, m) ? m : null;
        }
        // the latest actor of the previous sentence, places aside ("Militants stormed a train in Balochistan. They killed ...")
        for (int k = before.size() - 1; k >= 0; k--) {
            ActorMention last = before.get(k);
            if (last.sentence() < s.index() - 1) return null;
            if (last.origin().kind() == MentionOrigin.Kind.STATE && last.certainty() <= DictionaryRecognizer.PLACE_CERTAINTY) continue;
            return !last.pronoun() && pluralGroup(last) ? last : null;
        }
        return null;
    }

    private static boolean plural(Sentence s, ActorMention m) {
        return !m.pronoun() && m.actors().size() == 1 && m.person() == null && s.tokens().get(m.tokenEnd() - 1).pos().equals("NNS");
    }

    /** A mention of an earlier sentence, whose tokens are gone: plural by its last word. */
    private static boolean pluralGroup(ActorMention m) {
        String last = m.text().substring(m.text().lastIndexOf(' ') + 1).toLowerCase();
        return m.actors().size() == 1 && m.person() == null && last.endsWith("s") && !last.endsWith("ss")
                && (m.origin().kind() == MentionOrigin.Kind.AGENT || m.origin().kind() == MentionOrigin.Kind.FOCUS
                || m.origin().kind() == MentionOrigin.Kind.STATELESS);
    }

    private static boolean isPerson(ActorMention m) {
        return m.actors().size() == 1 && (m.person() != null || m.origin().kind() == MentionOrigin.Kind.TITLE_HOLDER
                || m.origin().kind() == MentionOrigin.Kind.SURNAME || Appositions.isUnknownPerson(m));
    }

    private static List<Actor> latestPair(Sentence s, int token, List<ActorMention> named, List<ActorMention> before,
                                          boolean governments) {
        Map<String, Actor> seen = new LinkedHashMap<>();
        List<ActorMention> candidates = new ArrayList<>();
        for (ActorMention m : named) if (m.tokenEnd() <= token) candidates.add(m);
        for (int k = candidates.size() - 1; k >= 0 && seen.size() < 2; k--) add(seen, candidates.get(k));
        for (int k = before.size() - 1; k >= 0 && seen.size() < 2; k--) {
            ActorMention m = before.get(k);
            if (m.sentence() < s.index() - WINDOW) break;
            add(seen, m);
        }
        if (seen.size() < 2) return null;
        List<Actor> pair = new ArrayList<>();
        for (Actor a : seen.values()) {
            if (governments && a.country() != null && a.sector() == null) a = new Actor(a.code() + "GOV", a.country(), "GOV");
            pair.add(0, a);
        }
        return pair;
    }

    private static void add(Map<String, Actor> seen, ActorMention m) {
        if (m.certainty() <= DictionaryRecognizer.PLACE_CERTAINTY) return;
        for (int j = m.actors().size() - 1; j >= 0 && seen.size() < 2; j--) {
            Actor a = m.actors().get(j);
            if (a.country() == null) continue;
            seen.putIfAbsent(a.country(), a);
        }
    }
}
