package org.entente.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The states a user names on the command line or in a query: "IRN", "Iran", "iran", "the United
 * States", "Iranian"; and, for a name that is none, the states that were probably meant.
 */
public final class StateNames {
    private final KnowledgeBase kb;

    public StateNames(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The ISO alpha-3 code of the state named (a code, CAMEO code, name or adjective), or null. */
    public String state(String name) {
        String t = name.strip();
        String upper = t.toUpperCase(Locale.ROOT);
        if (t.length() == 3 && kb.isCountry(upper)) return upper;
        for (String iso : kb.states()) if (kb.cameo(iso).equals(upper)) return iso;
        List<String> words = new ArrayList<>();
        for (String w : t.split("\\s+")) {
            if (w.isEmpty() || words.isEmpty() && w.equalsIgnoreCase("the")) continue;
            boolean acronym = w.length() <= 4 && w.equals(w.toUpperCase(Locale.ROOT));
            words.add(acronym ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT)); // names are capitalised in text
        }
        NameIndex.Match m = words.isEmpty() ? null : kb.names().longest(words, 0);
        if (m == null || m.end() != words.size()) return null;
        for (NameIndex.Named n : m.entries()) {
            Entry.Kind k = n.entry().kind();
            if ((k == Entry.Kind.COUNTRY || k == Entry.Kind.ADJECTIVE) && n.entry().actor() != null) return n.entry().actor().country();
        }
        return null;
    }

    /** States a user may have meant: one typing slip from a state's name, or one letter from its code. */
    public List<String> near(String name) {
        Set<String> out = new TreeSet<>();
        String w = name.strip();
        if (w.isEmpty()) return List.of();
        String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT);
        for (Entry e : kb.misspeltStates(cap)) if (e.actor() != null && e.actor().country() != null) out.add(e.actor().country());
        String u = w.toUpperCase(Locale.ROOT);
        if (u.length() == 3) {
            for (String iso : kb.states()) {
                int diff = 0;
                for (int i = 0; i < 3; i++) if (iso.charAt(i) != u.charAt(i)) diff++;
                if (diff == 1) out.add(iso);
            }
        }
        return List.copyOf(out);
    }
}
