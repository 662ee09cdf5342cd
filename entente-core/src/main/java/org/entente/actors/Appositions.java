package org.entente.actors;

import org.entente.model.ActorMention;
import org.entente.model.MentionOrigin;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People the knowledge base does not know, named beside the agent that says who they are: "Richard
 * Bennett, the U.N. special rapporteur", "the U.N. envoy for Syria Geir Pedersen". The name stands
 * for the agent's actor, and the mention says whose name it is ({@link #isUnknownPerson}), so that
 * the surname alone later in the article and "he" can stand for that person too.
 */
final class Appositions {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** Prepositions of an agent's remit between the agent and the name ("envoy for Syria", "rapporteur on Afghanistan"). */
    private static final Set<String> REMIT = Set.of("for", "on", "to", "in");

    private Appositions() {
    }

    /** Whether a mention is a person named in full whom the knowledge base lacks (its origin keeps the name). */
    static boolean isUnknownPerson(ActorMention m) {
        return m.person() == null && m.origin().kind() == MentionOrigin.Kind.AGENT && m.origin().key() != null;
    }

    /** The origin of a name that stands for an agent's actor: the agent's entry, keyed by the name. */
    static MentionOrigin named(MentionOrigin agent, String name) {
        return new MentionOrigin(MentionOrigin.Kind.AGENT, agent.source(), name, false);
    }

    /** {@code mentions} (in token order) with a mention added for each unknown full name standing beside an agent. */
    static List<ActorMention> add(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = null;
        List<Token> t = s.tokens();
        for (ActorMention agent : mentions) {
            if (!isAgent(agent)) continue;
            int[] name = before(t, agent, mentions);
            if (name == null) name = after(t, agent, mentions);
            if (name == null) continue;
            if (out == null) out = new ArrayList<>(mentions);
            out.add(DictionaryRecognizer.mention(s, name[0], name[1], agent.actor(),
                    named(agent.origin(), DictionaryRecognizer.text(s, name[0], name[1])), null, agent.certainty()));
        }
        if (out == null) return mentions;
        out.sort(java.util.Comparator.comparingInt(ActorMention::tokenStart));
        return out;
    }

    /** An agent word with its state ("Iran's foreign minister") or an organisation ("the U.N. special rapporteur"), not a state or a person. */
    private static boolean isAgent(ActorMention m) {
        MentionOrigin.Kind k = m.origin().kind();
        return m.actors().size() == 1 && !m.pronoun() && m.person() == null && m.actor().sector() != null
                && (k == MentionOrigin.Kind.AGENT && !isUnknownPerson(m) || k == MentionOrigin.Kind.NAMED || k == MentionOrigin.Kind.FOCUS);
    }

    /** "NAME, the AGENT": the unknown name's token range before the comma, or null. */
    private static int[] before(List<Token> t, ActorMention agent, List<ActorMention> mentions) {
        int comma = agent.tokenStart() - 1;
        if (comma >= 0 && DETERMINERS.contains(t.get(comma).word().toLowerCase(java.util.Locale.ROOT))) comma--;
        if (comma < 1 || !t.get(comma).word().equals(",")) return null;
        int start = comma;
        while (start > 0 && properName(t.get(start - 1)) && !DictionaryRecognizer.covered(mentions, start - 1)) start--;
        if (comma - start < 2 || start > 0 && (t.get(start - 1).pos().startsWith("NN") || t.get(start - 1).word().equals(","))) return null;
        return new int[]{start, comma};
    }

    /** "the AGENT for PLACE NAME": the unknown name's token range after the agent's remit, or null. */
    private static int[] after(List<Token> t, ActorMention agent, List<ActorMention> mentions) {
        int i = agent.tokenEnd();
        if (i + 1 < t.size() && REMIT.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
            ActorMention place = mentionAt(mentions, i + 1);
            if (place == null || place.origin().kind() != MentionOrigin.Kind.STATE) return null;
            i = place.tokenEnd();
        } else {
            return null; // a name right after the agent word is part of the agent's own mention already
        }
        int end = i;
        while (end < t.size() && properName(t.get(end)) && !DictionaryRecognizer.covered(mentions, end)) end++;
        if (end - i < 2 || end < t.size() && t.get(end).pos().startsWith("NN")) return null;
        return new int[]{i, end};
    }

    private static ActorMention mentionAt(List<ActorMention> mentions, int token) {
        for (ActorMention m : mentions) if (m.tokenStart() == token) return m;
        return null;
    }

    /** A capitalised proper noun that is no day or month. */
    private static boolean properName(Token k) {
        return k.pos().equals("NNP") && Character.isUpperCase(k.word().charAt(0)) && !DictionaryRecognizer.isTimeWord(k.word());
    }
}
