package org.entente.actors;

import org.entente.model.ActorMention;
import org.entente.model.MentionOrigin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state an article is about so far: the one its earlier sentences name most, at least twice
 * and more often than any other. A story about Kenya says "police" and "the government" without
 * "Kenyan" once it has named Kenya; those bare agents are Kenya's. No state is the focus while two
 * are named equally often, so a story about a dyad leaves its bare agents unresolved.
 */
final class Focus {
    private final Map<String, Integer> counts = new HashMap<>();

    void count(List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.actors().size() != 1 || m.origin().kind() == MentionOrigin.Kind.FOCUS || m.origin().kind() == MentionOrigin.Kind.SPEAKER) continue;
            String c = m.actor().country();
            if (c != null) counts.merge(c, 1, Integer::sum);
        }
    }

    /** The focus state's ISO3 code, or null when none stands out. */
    String state() {
        String best = null;
        int top = 0, second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int n = e.getValue();
            if (n > top) {
                second = top;
                top = n;
                best = e.getKey();
            } else if (n > second) {
                second = n;
            }
        }
        return top >= 2 && top > second ? best : null;
    }
}
