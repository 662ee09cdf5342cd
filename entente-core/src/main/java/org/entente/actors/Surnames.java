package org.entente.actors;

import org.entente.model.ActorMention;
import org.entente.model.MentionOrigin;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person named in full is later called by surname alone: "Omar al-Bashir ... the military jailed
 * Bashir", "journalist Jose Ruben Zamora ... sentenced Zamora". The knowledge base lists a bare
 * surname only where it names one person in all the news; within one article, the surname of a
 * person it has named in full is that person. A surname two people named in the article share
 * stands for neither.
 */
final class Surnames {
    private static final double CERTAINTY = 0.8;
    private final Map<String, ActorMention> byName = new HashMap<>();
    /** Surnames of people the knowledge base knows that the article gave to someone else. */
    private final java.util.Set<String> namesakes = new java.util.HashSet<>();
    private final KnowledgeBase kb;

    Surnames(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * Remembers the people named in full among {@code mentions}: people of the knowledge base, and
     * names it lacks that an agent word introduced ("journalist Jose Ruben Zamora").
     */
    void count(List<ActorMention> mentions, Sentence s) {
        for (ActorMention m : mentions) {
            if (m.tokenEnd() - m.tokenStart() < 2 || !fullName(m, s)) continue;
            String last = s.tokens().get(m.tokenEnd() - 1).word();
            String key = key(last);
            if (key.length() < 3) continue;
            ActorMention before = byName.get(key);
            if (before == NOBODY) continue;
            if (before != null && !identity(before).equals(identity(m))) byName.put(key, NOBODY);
            else byName.put(key, m);
        }
    }

    /**
     * {@code spans} without the people of the knowledge base that name someone else here: a
     * namesake named in full ("Richard Bennett", {@link Namesakes}), and the surname alone once
     * the article has named such a namesake ("Bennett reports to the council").
     */
    List<Span> withoutNamesakes(List<Span> spans, List<Token> tokens) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span sp : spans) {
            if (Namesakes.otherPerson(sp, spans, tokens)) namesakes.add(key(tokens.get(sp.start()).word()));
            else if (!(Namesakes.surnameAlone(sp, tokens) && namesakes.contains(key(tokens.get(sp.start()).word())))) out.add(sp);
        }
        return out;
    }

    private boolean fullName(ActorMention m, Sentence s) {
        MentionOrigin.Kind k = m.origin().kind();
        if (m.person() != null) return k == MentionOrigin.Kind.NAMED;
        if (Appositions.isUnknownPerson(m)) return true;
        if (k != MentionOrigin.Kind.AGENT && k != MentionOrigin.Kind.FOCUS && k != MentionOrigin.Kind.STATELESS) return false;
        List<Token> t = s.tokens();
        String last = t.get(m.tokenEnd() - 1).word();
        return t.get(m.tokenEnd() - 1).pos().equals("NNP") && t.get(m.tokenEnd() - 2).pos().equals("NNP")
                && kb.names().longest(List.of(last), 0) == null; // a name after the agent word, not the agent's own words
    }

    private static String identity(ActorMention m) {
        return m.person() != null ? m.person() : m.text();
    }

    /** {@code mentions} with a mention added for each capitalised word no mention covers that is a remembered surname. */
    List<ActorMention> add(Sentence s, List<ActorMention> mentions) {
        if (byName.isEmpty()) return mentions;
        List<ActorMention> out = null;
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.pos().equals("NNP") || DictionaryRecognizer.covered(mentions, i) || i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("NNP")
                    || i > 0 && tokens.get(i - 1).pos().equals("NNP")) continue; // a surname alone, not part of another name
            ActorMention full = byName.get(key(t.word()));
            if (full == null || full == NOBODY) continue;
            if (out == null) out = new ArrayList<>(mentions);
            out.add(DictionaryRecognizer.mention(s, i, i + 1, full.actor(),
                    MentionOrigin.of(MentionOrigin.Kind.SURNAME, full.text()), full.person(), CERTAINTY, full.since()));
        }
        if (out == null) return mentions;
        out.sort(java.util.Comparator.comparingInt(ActorMention::tokenStart));
        return out;
    }

    /** The surname's key: lower case, without an Arabic article ("al-Bashir", "el-Sisi" are "bashir", "sisi"). */
    private static String key(String word) {
        String w = NameIndex.normalise(word);
        for (String article : new String[]{"al-", "el-", "ad-", "as-", "ash-", "at-", "az-"}) {
            if (w.startsWith(article) && w.length() > article.length() + 2) return w.substring(article.length());
        }
        return w;
    }

    private static final ActorMention NOBODY = new ActorMention(-1, 0, 0, 0, 0, "", List.of(),
            MentionOrigin.of(MentionOrigin.Kind.SURNAME, null), null, 0, null);
}
