package org.entente.events;

import org.entente.data.TsvFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event lexicon: verb and noun patterns from {@code entente/lexicon/verbs.tsv} (format in
 * docs/knowledge-format.md), indexed by head lemma. Loaded once per JVM.
 */
public final class Lexicon {
    private static final String RESOURCE = "/entente/lexicon/verbs.tsv";
    private final Map<String, List<Pattern>> verbs = new HashMap<>();
    private final Map<String, List<Pattern>> nouns = new HashMap<>();
    private int size;

    private static final class Holder {
        static final Lexicon STANDARD = fromLines(TsvFile.resource(RESOURCE, 3), CameoTable.standard());
    }

    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    /** A lexicon read from a file of our format (for extra, user-supplied patterns). */
    public static Lexicon read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return fromLines(TsvFile.read(in, file.toString(), 3), CameoTable.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon fromLines(List<TsvFile.Line> lines, CameoTable cameo) {
        Lexicon lx = new Lexicon();
        for (TsvFile.Line l : lines) lx.add(parse(l, cameo));
        return lx;
    }

    static Pattern parse(TsvFile.Line l, CameoTable cameo) {
        String code = l.col(0);
        if (!cameo.contains(code)) throw l.error("unknown CAMEO code " + code);
        Set<String> heads = null, objects = Set.of(), particles = Set.of(), preps = Set.of(), xcomps = Set.of(), subjects = Set.of(),
                modifiers = Set.of();
        boolean nominal = false, noTarget = false;
        for (String part : l.col(1).split("\\s+")) {
            int c = part.indexOf(':');
            if (c <= 0 || c == part.length() - 1) throw l.error("pattern part must be key:value, found '" + part + "'");
            String key = part.substring(0, c);
            Set<String> values = Set.of(part.substring(c + 1).replace('_', ' ').split("\\|"));
            switch (key) {
                case "v", "n" -> {
                    if (heads != null) throw l.error("a pattern has one head (v: or n:)");
                    heads = values;
                    nominal = key.equals("n");
                }
                case "o" -> objects = values;
                case "s" -> subjects = values;
                case "m" -> modifiers = values;
                case "prt" -> particles = values;
                case "p" -> preps = values;
                case "x" -> xcomps = values;
                case "t" -> {
                    if (!values.equals(Set.of("none"))) throw l.error("t: takes only 'none'");
                    noTarget = true;
                }
                default -> throw l.error("unknown pattern key '" + key + "'");
            }
        }
        if (heads == null) throw l.error("a pattern needs a head (v: or n:)");
        if (!modifiers.isEmpty() && (objects.isEmpty() || objects.equals(Pattern.ACTOR) || objects.equals(Pattern.SOMEONE))) {
            throw l.error("m: qualifies a named object (o:WORD)");
        }
        return new Pattern(code, nominal, heads, objects, particles, preps, xcomps, noTarget, l.where(), subjects, modifiers);
    }

    void add(Pattern p) {
        Map<String, List<Pattern>> index = p.nominal() ? nouns : verbs;
        for (String h : p.heads()) index.computeIfAbsent(h, k -> new ArrayList<>()).add(p);
        size++;
    }

    /** This lexicon with another's patterns added after its own. */
    public Lexicon plus(Lexicon other) {
        Lexicon lx = new Lexicon();
        Set<Pattern> seen = new HashSet<>();
        for (Lexicon src : List.of(this, other)) {
            for (List<Pattern> ps : src.verbs.values()) for (Pattern p : ps) if (seen.add(p)) lx.add(p);
            for (List<Pattern> ps : src.nouns.values()) for (Pattern p : ps) if (seen.add(p)) lx.add(p);
        }
        return lx;
    }

    /** The verb's patterns; a hyphenated form ("re-open") falls back to its unhyphenated one. */
    public List<Pattern> verb(String lemma) {
        return lookup(verbs, lemma);
    }

    /** The noun's patterns; a hyphenated form ("cease-fire") falls back to its unhyphenated one. */
    public List<Pattern> noun(String lemma) {
        return lookup(nouns, lemma);
    }

    private static List<Pattern> lookup(Map<String, List<Pattern>> index, String lemma) {
        List<Pattern> ps = index.get(lemma);
        if (ps == null && lemma.indexOf('-') > 0) ps = index.get(lemma.replace("-", ""));
        return ps == null ? List.of() : ps;
    }

    /** Whether a lemma can head an event: the cheap test that decides which sentences get parsed. */
    public boolean isTrigger(String lemma) {
        return !verb(lemma).isEmpty() || !noun(lemma).isEmpty();
    }

    public int size() {
        return size;
    }

    public Set<String> roots() {
        Set<String> r = new HashSet<>();
        for (List<Pattern> ps : verbs.values()) for (Pattern p : ps) r.add(p.cameo().substring(0, 2));
        for (List<Pattern> ps : nouns.values()) for (Pattern p : ps) r.add(p.cameo().substring(0, 2));
        return r;
    }
}
