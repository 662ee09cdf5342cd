package org.entente.actors;

import org.entente.model.ActorMention;
import org.entente.model.Sentence;
import org.entente.model.Token;

import java.util.List;
import java.util.Set;

/**
 * A dateline opening a text ("ALGIERS, Algeria - Police arrested ...", "SAN FRANCISCO - The union
 * sued ...", "New York, May 17, IRNA - ..."): where and by whom the story was filed, so the names
 * in it are no actors. Article text has its dateline taken off by the cleaner; this catches those
 * it did not know and sentences given one by one.
 */
final class Datelines {
    private static final Set<String> DASHES = Set.of("-", "--", "—", "–");
    private static final int MAX_TOKENS = 12;

    private Datelines() {
    }

    /** The mentions of the text's first sentence without those in its dateline. */
    static List<ActorMention> without(Sentence s, List<ActorMention> mentions) {
        int dash = dash(s.tokens());
        if (dash < 0) return mentions;
        return mentions.stream().filter(m -> m.tokenStart() > dash).toList();
    }

    /**
     * The dash that ends a dateline: within the first tokens, after only names, numbers and
     * punctuation, with a comma or a word in capitals before it (so "Iran - Russia talks" is none),
     * and a capitalised word after it; -1 if there is none.
     */
    static int dash(List<Token> t) {
        boolean comma = false, capitals = false;
        for (int i = 0; i < Math.min(MAX_TOKENS, t.size() - 1); i++) {
            Token k = t.get(i);
            String w = k.word();
            if (DASHES.contains(w)) {
                boolean next = Character.isUpperCase(t.get(i + 1).word().charAt(0));
                return i > 0 && next && (comma || capitals) ? i : -1;
            }
            if (w.equals(",")) comma = true;
            else if (w.length() >= 3 && w.chars().allMatch(Character::isUpperCase)) capitals = true;
            else if (!k.pos().startsWith("NNP") && !k.pos().equals("CD") && !w.equals(".") && !w.equals("-LRB-") && !w.equals("-RRB-")
                    && !w.equals("(") && !w.equals(")")) return -1;
        }
        return -1;
    }
}
