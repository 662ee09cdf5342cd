package org.entente.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length != 2) throw new IllegalStateException(RESOURCE + ":" + n + ": expected 2 tab-separated columns");
                try {
                    rules.add(new Rule(Pattern.compile(cols[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), cols[1]));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": bad pattern: " + e.getDescription());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
