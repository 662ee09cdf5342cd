package org.entente.actors;

import org.entente.model.Actor;
import org.entente.model.ActorMention;
import org.entente.model.MentionOrigin;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a bare agent that neither the article's focus nor a title holder placed the state its own
 * sentence names: the one just after it ("rebels in the Ivory Coast", "a court in Bavaria",
 * "students throughout Indonesia"), else the only state the sentence names ("Egyptian police opened
 * fire on demonstrators"). An agent in a sentence that names no state keeps its sector alone
 * ("teachers went on strike"); one used as a modifier ("terrorist activities") is no actor. A title
 * before a name the knowledge base lacks takes the name into its span ("Imam Suliman Gani").
 */
final class StatelessAgents {
    private static final Set<String> LINKS = Set.of("in", "of", "from", "throughout", "across", "at", "inside");
    /** The links that make the agent a member of the group after them, not only of its state. */
    private static final Set<String> AFFILIATING = Set.of("of", "from");
    /** Words that may stand between the link and the state: "in the eastern Kosovan town". */
    private static final int MAX_BETWEEN = 3;

    private final KnowledgeBase kb;

    StatelessAgents(KnowledgeBase kb) {
        this.kb = kb;
    }

    List<ActorMention> place(Sentence s, List<ActorMention> mentions) {
        Set<String> states = new LinkedHashSet<>();
        boolean any = false;
        for (ActorMention m : mentions) {
            if (stateless(m) || focused(m)) any = true;
            if (!stateless(m)) for (Actor a : m.actors()) if (a.country() != null) states.add(a.country());
        }
        if (!any) return mentions;
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            ActorMention owner = stateless(m) || focused(m) ? owner(s, m, mentions) : null;
            if (owner != null && AFFILIATING.contains(s.tokens().get(m.tokenEnd()).word().toLowerCase(Locale.ROOT))
                    && owner.actor().sector() != null) {
                out.add(m.withActors(List.of(owner.actor()), MentionOrigin.of(MentionOrigin.Kind.FOCUS, m.origin().key())));
                continue; // "leaders of the opposition party", "followers of Riek Machar": the group they belong to
            }
            if (!stateless(m)) {
                out.add(m);
                continue;
            }
            if (!t(s, m.tokenEnd() - 1).startsWith("NN")) continue; // "official contact": an adjective
            int name = nameEnd(s, m.tokenEnd());
            if (name > m.tokenEnd()) m = DictionaryRecognizer.mention(s, m.tokenStart(), name, m.actor(), m.origin(), null, m.certainty());
            else if (t(s, m.tokenEnd()).startsWith("NN")) continue; // "terrorist activities": a modifier, no one acting
            String state = owner == null ? null : owner.actor().country();
            if (state == null && states.size() == 1) state = states.iterator().next();
            // one of the states it names, which one unknown: no one, unless a person is named ("Interior Minister Horst Seehofer")
            if (state == null && !states.isEmpty() && !namesPerson(m)) continue;
            out.add(state == null ? m : m.withActors(List.of(kb.sectorOf(state, m.actor().sector())),
                    MentionOrigin.of(MentionOrigin.Kind.FOCUS, m.origin().key())));
        }
        return out;
    }

    /** Whether an agent's mention ends in a name after its agent word ("Interior Minister Horst Seehofer"). */
    private static boolean namesPerson(ActorMention m) {
        String key = m.origin().key(), text = m.text();
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return key != null && !text.toLowerCase(Locale.ROOT).endsWith(key.toLowerCase(Locale.ROOT)) && Character.isUpperCase(last.charAt(0));
    }

    /** The part of speech of token i, or "" past the sentence's end. */
    private static String t(Sentence s, int i) {
        return i < s.tokens().size() ? s.tokens().get(i).pos() : "";
    }

    /** The end of a name the knowledge base does not know, right after a title ("Ambassador Cui Tiankai"), or {@code from}. */
    private static int nameEnd(Sentence s, int from) {
        int i = from;
        while (t(s, i).equals("NNP") && Character.isUpperCase(s.tokens().get(i).word().charAt(0))) i++;
        return i;
    }

    private static boolean stateless(ActorMention m) {
        return m.origin().kind() == MentionOrigin.Kind.STATELESS;
    }

    /** A bare agent the article's focus gave a state (the focus of "leaders" yields to "leaders of the opposition"). */
    private static boolean focused(ActorMention m) {
        return m.origin().kind() == MentionOrigin.Kind.FOCUS;
    }

    /** The mention that follows the agent through "in", "of", "from" ... and at most a few modifiers, naming a state or group. */
    private static ActorMention owner(Sentence s, ActorMention agent, List<ActorMention> mentions) {
        List<Token> t = s.tokens();
        int i = agent.tokenEnd();
        if (i >= t.size() || !LINKS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) return null;
        for (ActorMention m : mentions) {
            int gap = m.tokenStart() - i - 1;
            if (gap < 0 || gap > MAX_BETWEEN || m.actors().size() != 1 || m.pronoun() || stateless(m)) continue;
            if (m.actor().country() == null && m.actor().sector() == null) continue;
            if (!modifiersOnly(t, i + 1, m.tokenStart())) continue;
            return m;
        }
        return null;
    }

    private static boolean modifiersOnly(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String pos = t.get(k).pos();
            if (!pos.equals("DT") && !pos.startsWith("JJ") && !pos.equals("NN") && !pos.equals("NNP") && !pos.equals("VBN")) return false;
        }
        return true;
    }
}
