package org.entente.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name words indexed with every one-letter deletion, so a name one edit away from a word is found
 * without scanning: wires misspell people ("Mitterand", "Habyariman") and states ("Ethopia",
 * "Isreal"). People are indexed by surname (the last word of each of their names), states by
 * their one-word names.
 */
final class NearNames {
    /** Shorter words are too easily one letter from another name. */
    static final int MIN_LENGTH = 5;
    private final Map<String, List<Entry>> byVariant = new HashMap<>();
    private final Map<Entry, Set<String>> surnamesOf = new HashMap<>();

    void add(List<String> names, Entry person) {
        for (String n : names) {
            String[] words = n.split("\\s+");
            index(words[words.length - 1].toLowerCase(Locale.ROOT), person);
        }
    }

    /** Indexes a one-word name as it is. */
    void addWord(String word, Entry entry) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.contains(" ")) index(w, entry);
    }

    private void index(String w, Entry entry) {
        if (w.length() < MIN_LENGTH || !surnamesOf.computeIfAbsent(entry, p -> new LinkedHashSet<>()).add(w)) return;
        for (String v : variants(w)) byVariant.computeIfAbsent(v, k -> new ArrayList<>()).add(entry);
    }

    /**
     * Entries with a name that a typist's slip turns into {@code word}: one letter dropped, added
     * or changed, or two neighbours swapped ("Isreal"), with first and last letters kept (so
     * "Roland" is not Poland, nor "Frances" France).
     */
    List<Entry> typo(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < MIN_LENGTH + 1) return List.of();
        return matching(w, s -> s.charAt(0) == w.charAt(0) && s.charAt(s.length() - 1) == w.charAt(w.length() - 1)
                && (oneEdit(w, s) || swapped(w, s)));
    }

    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) return false;
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** Entries with a name at most one insertion, deletion or substitution from {@code word}. */
    List<Entry> near(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < MIN_LENGTH) return List.of();
        return matching(w, s -> oneEdit(w, s));
    }

    /** Entries sharing a one-letter deletion with {@code w} that have a name {@code close} accepts. */
    private List<Entry> matching(String w, java.util.function.Predicate<String> close) {
        Set<Entry> out = new LinkedHashSet<>();
        for (String v : variants(w)) {
            for (Entry e : byVariant.getOrDefault(v, List.of())) {
                for (String s : surnamesOf.get(e)) if (close.test(s)) out.add(e);
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> variants(String s) {
        List<String> out = new ArrayList<>(s.length() + 1);
        out.add(s);
        for (int i = 0; i < s.length(); i++) out.add(s.substring(0, i) + s.substring(i + 1));
        return out;
    }

    static boolean oneEdit(String a, String b) {
        if (a.equals(b)) return true;
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < la && j < lb) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (la > lb) i++;
            else if (lb > la) j++;
            else {
                i++;
                j++;
            }
        }
        return edits + (la - i) + (lb - j) <= 1;
    }
}
