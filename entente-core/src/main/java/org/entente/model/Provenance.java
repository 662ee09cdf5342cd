package org.entente.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an event comes from, typed: the knowledge file and line of the pattern that fired (or the
 * name of the rule or model that made it), whether the act was announced as intended, not done,
 * and the version of the model that decided on it. Written out as one string, the {@code rule}
 * field of the JSON contract ("/entente/lexicon/verbs.tsv:730 +intent +judge:judge-ed94f130").
 *
 * @param source   a file, or the name of what made the event ("judge")
 * @param line     the line in {@code source}, or 0 when it is no file
 * @param intended the act is intended (planned, promised), not reported as done
 * @param model    the version of the model that decided on the event, or null
 */
public record Provenance(String source, int line, boolean intended, String model) {
    private static final Pattern TEXT = Pattern.compile("(.*?)(?::(\\d+))?( \\+intent)?(?: \\+judge:(\\S+))?");
    private static final String JUDGE = "judge";

    /** An entry of a knowledge file. */
    public static Provenance entry(String file, int line) {
        return new Provenance(file, line, false, null);
    }

    /** An event a model proposed on its own. */
    public static Provenance proposedBy(String modelVersion) {
        return new Provenance(JUDGE, 0, false, modelVersion);
    }

    /** Reads the written form back (from a store, or a knowledge entry's "file:line"). */
    public static Provenance parse(String text) {
        if (text == null) return new Provenance("", 0, false, null);
        if (text.startsWith(JUDGE + ":") && !text.contains(" ")) return proposedBy(text.substring(JUDGE.length() + 1));
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) return new Provenance(text, 0, false, null);
        return new Provenance(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3) != null, m.group(4));
    }

    public Provenance asIntended() {
        return new Provenance(source, line, true, model);
    }

    /** The same provenance, decided on by a model of this version. */
    public Provenance decidedBy(String modelVersion) {
        return new Provenance(source, line, intended, modelVersion);
    }

    /** The written form. */
    @Override
    public String toString() {
        if (source.equals(JUDGE) && line == 0 && !intended && model != null) return JUDGE + ":" + model;
        StringBuilder s = new StringBuilder(source);
        if (line > 0) s.append(':').append(line);
        if (intended) s.append(" +intent");
        if (model != null) s.append(" +judge:").append(model);
        return s.toString();
    }
}
