package org.entente.clean;

import org.entente.data.TsvFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The boilerplate-line patterns of {@code entente/clean/boilerplate.tsv}, loaded once. */
public final class Boilerplate {
    private record Rule(Pattern pattern, String kind) {
    }

    private static final String RESOURCE = "/entente/clean/boilerplate.tsv";
    private static volatile Boilerplate instance;
    private final List<Rule> rules;

    private Boilerplate(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Boilerplate get() {
        Boilerplate b = instance;
        if (b == null) {
            synchronized (Boilerplate.class) {
                if (instance == null) instance = load();
                b = instance;
            }
        }
        return b;
    }

    private static Boilerplate load() {
        List<Rule> rules = new ArrayList<>();
        for (TsvFile.Line l : TsvFile.resource(RESOURCE, 2)) {
            try {
                rules.add(new Rule(Pattern.compile(l.col(0), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), l.col(1)));
            } catch (PatternSyntaxException e) {
                throw l.error("bad pattern: " + e.getDescription());
            }
        }
        return new Boilerplate(rules);
    }

    /** The kind of junk this whole line is, or null when it may be article text. */
    public String junkKind(String line) {
        String t = line.strip();
        if (t.length() > 300) return null;
        for (Rule r : rules) {
            if (r.pattern().matcher(t).matches()) return r.kind();
        }
        return null;
    }
}
