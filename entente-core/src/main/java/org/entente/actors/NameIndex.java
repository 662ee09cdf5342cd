package org.entente.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A token trie over every name of the knowledge base: one pass over a sentence finds the
 * longest name starting at each token, whatever the number of names.
 */
public final class NameIndex {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Named> entries;
    }

    /** An entry under one of its names; {@code exact} is set for names that only match in their own case. */
    public record Named(Entry entry, String name, String exact, boolean capitalised) {
    }

    /** A match: tokens {@code [start, end)} of the normalised sequence name {@code entries}. */
    public record Match(int start, int end, List<Named> entries) {
    }

    private final Node root = new Node();
    private int names;

    public void add(String name, Entry entry) {
        List<String> keys = keys(name);
        if (keys.isEmpty()) return;
        Node n = root;
        for (String k : keys) n = n.next.computeIfAbsent(k, x -> new Node());
        if (n.entries == null) n.entries = new ArrayList<>(1);
        String exact = ACRONYM.matcher(name).matches() ? name : null;
        n.entries.add(new Named(entry, name, exact, Character.isUpperCase(name.codePointAt(0))));
        names++;
    }

    /** Whether this exact name (by its keys) already names something. */
    public boolean contains(String name) {
        Node n = root;
        for (String k : keys(name)) {
            n = n.next.get(k);
            if (n == null) return false;
        }
        return n.entries != null && !n.entries.isEmpty();
    }

    public int size() {
        return names;
    }

    /**
     * A name's trie keys: lower case, accents removed, split on white space and hyphens, and
     * possessive clitics split off as the tokenizer does ("People's" is "people" + "'s").
     */
    public static List<String> keys(String name) {
        List<String> out = new ArrayList<>();
        for (String part : name.split("[\\s\\-‐–]+")) {
            String k = normalise(part);
            if (k.length() > 2 && k.endsWith("'s")) {
                out.add(k.substring(0, k.length() - 2));
                out.add("'s");
            } else if (k.length() > 1 && k.endsWith("'") && !k.startsWith("'")) {
                out.add(k.substring(0, k.length() - 1));
                out.add("'");
            } else if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    public static String normalise(String word) {
        String s = word.replace('’', '\'').replace('‘', '\'');
        if (!s.chars().allMatch(c -> c < 128)) s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * The longest name starting at {@code start} in {@code words} (original spelling, hyphens
     * already removed), honouring case rules: capitalised names need a capitalised first word,
     * acronyms their exact case.
     */
    public Match longest(List<String> words, int start) {
        Node n = root;
        Match best = null;
        for (int i = start; i < words.size(); i++) {
            n = n.next.get(normalise(words.get(i)));
            if (n == null) break;
            if (n.entries != null) {
                List<Named> ok = new ArrayList<>();
                for (Named e : n.entries) {
                    if (e.exact() != null && !(i == start && words.get(start).equals(e.exact()))) continue;
                    if (e.capitalised() && !Character.isUpperCase(words.get(start).codePointAt(0))) continue;
                    ok.add(e);
                }
                if (!ok.isEmpty()) best = new Match(start, i + 1, ok);
            }
        }
        return best;
    }
}
