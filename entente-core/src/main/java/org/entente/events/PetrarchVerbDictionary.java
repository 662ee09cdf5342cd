package org.entente.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PETRARCH (1.0) CAMEO verb dictionary ({@code CAMEO.2.0.txt}) as an extra lexicon:
 * synonym sets ({@code &NAME} then {@code +WORD} lines), verb blocks ({@code --- NAME [code] ---}
 * then the verbs, with their own codes or the block's), and patterns
 * ({@code - * OBJECT (PREP +) [code]}). What our pattern model can say is kept: the verb, a phrasal
 * particle ({@code CARRY_OUT}), the object's head (a word, the last word of a {@code {PHRASE}}, or
 * every member of a synonym set) and the preposition of a {@code (PREP +)} target. Patterns that
 * constrain words before the verb or inside a prepositional phrase are counted as skipped;
 * {@code [---]} entries (which only block coding) carry no event and are left out.
 */
public final class PetrarchVerbDictionary {
    /** The patterns read, how many lines were left out, and the lines that could not be read. */
    public record Result(Lexicon lexicon, int patterns, int skipped, List<String> problems) {
    }

    private PetrarchVerbDictionary() {
    }

    /** Whether a file looks like a PETRARCH verb dictionary (verb blocks headed "--- NAME [code] ---"). */
    public static boolean looksLike(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.limit(5000).anyMatch(l -> l.startsWith("---") && l.contains("[") && l.trim().endsWith("---"));
        }
    }

    public static Result read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CameoTable cameo = CameoTable.standard();
        Map<String, List<String>> synsets = new HashMap<>();
        Lexicon lexicon = new Lexicon();
        List<String> problems = new ArrayList<>();
        List<String> synset = null;
        String blockCode = null;
        List<String[]> verbs = new ArrayList<>(); // {lemma, particle}
        int patterns = 0, skipped = 0;
        for (int n = 1; n <= lines.size(); n++) {
            String raw = lines.get(n - 1);
            if (raw.trim().startsWith("#")) continue;
            String line = stripComment(raw).trim();
            String where = file.getFileName() + ":" + n;
            if (line.startsWith("~")) { // a transformation rule (PETRARCH's reported-speech rewrites): not a pattern
                skipped++;
                continue;
            }
            if (line.isEmpty()) {
                synset = null;
                continue;
            }
            if (line.startsWith("&")) {
                synset = new ArrayList<>();
                synsets.put(line.split("\\s+")[0], synset);
            } else if (line.startsWith("+")) {
                if (synset != null) synset.add(word(line.substring(1)));
                else skipped++; // a verb form with its own words ("+ANGERED_BY"): not expressible
            } else if (line.startsWith("---")) {
                blockCode = code(line);
                verbs = new ArrayList<>();
            } else if (line.startsWith("-")) {
                String code = code(line);
                if (code == null) {
                    problems.add(where + ": no [code] on pattern line");
                    continue;
                }
                if (code.equals("---")) continue;
                if (code.isEmpty()) { // "[:173]": the target acts on the source, which our patterns do not say
                    skipped++;
                    continue;
                }
                if (!cameo.contains(code)) {
                    problems.add(where + ": unknown CAMEO code " + code);
                    continue;
                }
                Pattern p = pattern(line.substring(1, line.lastIndexOf('[')).trim(), code, verbs, synsets, where);
                if (p == null) {
                    skipped++;
                } else {
                    lexicon.add(p);
                    patterns++;
                }
            } else if (Character.isLetter(line.charAt(0))) {
                String head = line.split("[\\s{\\[]+")[0].toLowerCase(Locale.ROOT);
                String[] parts = head.split("_", 2);
                verbs.add(new String[]{parts[0], parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null});
                String code = line.contains("[") ? code(line) : blockCode;
                if (code != null && !code.equals("---") && cameo.contains(code)) {
                    lexicon.add(new Pattern(code, false, Set.of(parts[0]), Set.of(),
                            parts.length > 1 && !parts[1].isEmpty() ? Set.of(parts[1]) : Set.of(), Set.of(), Set.of(), false, where));
                    patterns++;
                }
            } else {
                problems.add(where + ": unreadable line");
            }
        }
        return new Result(lexicon, patterns, skipped, problems);
    }

    /** One "- ... * ... [code]" line as our pattern for every verb of its block, or null when it cannot be said. */
    private static Pattern pattern(String body, String code, List<String[]> verbs, Map<String, List<String>> synsets, String where) {
        if (verbs.isEmpty()) return null;
        List<String> items = items(body);
        int star = items.indexOf("*");
        if (star < 0) return null;
        for (int i = 0; i < star; i++) if (!isMarker(items.get(i))) return null; // words before the verb
        Set<String> objects = new LinkedHashSet<>();
        Set<String> preps = new LinkedHashSet<>();
        for (int i = star + 1; i < items.size(); i++) {
            String it = items.get(i);
            if (isMarker(it)) continue;
            if (it.startsWith("(")) {
                String[] pp = it.substring(1, it.length() - 1).trim().split("\\s+");
                if (pp.length == 2 && isMarker(pp[1])) {
                    preps.add(pp[0].toLowerCase(Locale.ROOT));
                } else if (objects.isEmpty()) {
                    return null; // a prepositional phrase with a fixed noun: not expressible
                }
            } else if (objects.isEmpty()) {
                String head = it.startsWith("{") ? last(it.substring(1, it.length() - 1)) : it;
                if (head.startsWith("&")) {
                    List<String> members = synsets.get(head);
                    if (members == null) return null;
                    for (String m : members) addNoun(objects, m);
                } else {
                    addNoun(objects, word(head));
                }
                if (objects.isEmpty()) return null;
            }
        }
        if (objects.isEmpty() && preps.isEmpty()) return null;
        Set<String> heads = new LinkedHashSet<>();
        Set<String> particles = new LinkedHashSet<>();
        for (String[] v : verbs) {
            heads.add(v[0]);
            if (v[1] != null) particles.add(v[1]);
        }
        if (!particles.isEmpty() && particles.size() != verbs.size()) particles.clear();
        return new Pattern(code, false, heads, objects, particles, preps, Set.of(), false, where);
    }

    /** Space-separated items, with "{...}" and "(...)" groups kept whole. */
    private static List<String> items(String body) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            if (c == '{' || c == '(') {
                int close = body.indexOf(c == '{' ? '}' : ')', i);
                end = close < 0 ? body.length() : close + 1;
            } else {
                end = i;
                while (end < body.length() && !Character.isWhitespace(body.charAt(end))) end++;
            }
            out.add(body.substring(i, end));
            i = end;
        }
        return out;
    }

    private static boolean isMarker(String item) {
        return item.equals("$") || item.equals("+") || item.equals("%") || item.equals("^");
    }

    private static void addNoun(Set<String> out, String w) {
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) return;
        out.add(w);
        if (w.endsWith("s") && w.length() > 3) out.add(w.substring(0, w.length() - 1)); // dictionaries list some plurals
    }

    private static String last(String phrase) {
        String[] ws = phrase.trim().split("\\s+");
        return ws[ws.length - 1];
    }

    /** A dictionary word as a lemma: lower case, no trailing "_" (the exact-form marker), inner "_" as spaces. */
    private static String word(String w) {
        String s = w.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        while (s.endsWith("_")) s = s.substring(0, s.length() - 1);
        int u = s.lastIndexOf('_');
        return u >= 0 ? s.substring(u + 1) : s;
    }

    /** The code in the last [...] of a line, before any ':' (PETRARCH's source:target split), or null. */
    private static String code(String line) {
        int open = line.lastIndexOf('[');
        int close = line.lastIndexOf(']');
        if (open < 0 || close < open) return null;
        String c = line.substring(open + 1, close).trim();
        int colon = c.indexOf(':');
        return colon >= 0 ? c.substring(0, colon) : c;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }
}
