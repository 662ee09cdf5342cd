package org.entente.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an event comes from, typed: the knowledge file and line of the pattern that fired (or the
 * name of the rule or model that made it), whether the act was announced as intended, not done,
 * whether a refusal of it was reported (the event is then a REJECT), and the version of the model
 * that decided on it. Written out as one string, the {@code rule} field of the JSON contract
 * ("/entente/lexicon/verbs.tsv:730 +intent +judge:judge-ed94f130", "...verbs.tsv:83 +refused").
 *
 * @param source   a file, or the name of what made the event ("judge")
 * @param line     the line in {@code source}, or 0 when it is no file
 * @param intended the act is intended (planned, promised), not reported as done
 * @param refused  the entry names an act the text says was refused or failed ("did not agree"): the
 *                 event is its rejection ({@code org.entente.events.Refusals})
 * @param model    the version of the model that decided on the event, or null
 */
public record Provenance(String source, int line, boolean intended, boolean refused, String model) {
    private static final Pattern TEXT = Pattern.compile("(.*?)(?::(\\d+))?( \\+intent)?( \\+refused)?(?: \\+judge:(\\S+))?");
    private static final String JUDGE = "judge";

    /** An entry of a knowledge file. */
    public static Provenance entry(String file, int line) {
        return new Provenance(file, line, false, false, null);
    }

    /** An event a model proposed on its own. */
    public static Provenance proposedBy(String modelVersion) {
        return new Provenance(JUDGE, 0, false, false, modelVersion);
    }

    /** Reads the written form back (from a store, or a knowledge entry's "file:line"). */
    public static Provenance parse(String text) {
        if (text == null) return new Provenance("", 0, false, false, null);
        if (text.startsWith(JUDGE + ":") && !text.contains(" ")) return proposedBy(text.substring(JUDGE.length() + 1));
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) return new Provenance(text, 0, false, false, null);
        return new Provenance(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3) != null, m.group(4) != null,
                m.group(5));
    }

    public Provenance asIntended() {
        return new Provenance(source, line, true, refused, model);
    }

    /** The same entry, its act reported as refused: the event is a rejection of it. */
    public Provenance asRefused() {
        return new Provenance(source, line, intended, true, model);
    }

    /** The same provenance, decided on by a model of this version. */
    public Provenance decidedBy(String modelVersion) {
        return new Provenance(source, line, intended, refused, modelVersion);
    }

    /** The written form. */
    @Override
    public String toString() {
        if (source.equals(JUDGE) && line == 0 && !intended && !refused && model != null) return JUDGE + ":" + model;
        StringBuilder s = new StringBuilder(source);
        if (line > 0) s.append(':').append(line);
        if (intended) s.append(" +intent");
        if (refused) s.append(" +refused");
        if (model != null) s.append(" +judge:").append(model);
        return s.toString();
    }
}
