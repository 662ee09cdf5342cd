package org.entente.events;

import org.entente.data.TsvFile;
import org.entente.model.ActorRef;
import org.entente.model.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the events stage never reports: acts in sentences that are credit, contact or caption lines
 * ({@code lexicon/not-reports.tsv}), and acts within one state unless both sides are named as
 * distinct actors of it (government against rebels, police against protesters, students against
 * the state): never the same code twice; a target the rules imply (the home
 * state of coercion or concession with no one named) stays only for a named state organ, else the
 * act is kept without it.
 */
public final class ReportFilter {
    private static final String RESOURCE = "/entente/lexicon/not-reports.tsv";

    private static final class Holder {
        static final List<Pattern> PATTERNS = load();
    }

    /** Who can coerce, concede to or be protested by a state's own people (the target the rules imply). */
    private static final java.util.Set<String> ORGANS = java.util.Set.of("GOV", "MIL", "COP", "JUD", "SPY", "LEG", "REB");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "it", "they", "his", "her", "its",
            "their", "him", "them", "we", "our", "i", "my");

    private ReportFilter() {
    }

    private static List<Pattern> load() {
        List<Pattern> out = new ArrayList<>();
        for (TsvFile.Line l : TsvFile.resource(RESOURCE, 2)) {
            try {
                out.add(Pattern.compile(l.col(0), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw l.error("bad pattern: " + e.getDescription());
            }
        }
        return out;
    }

    /** A named state or state organ (not a pronoun) acting with no target named acts on its own people. */
    private static boolean actsOnItsPeople(ActorRef s) {
        return (s.sector() == null || ORGANS.contains(s.sector())) && s.text() != null
                && !PRONOUNS.contains(s.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a sentence is a credit, contact or caption line. */
    public static boolean notAReport(String sentence) {
        String s = sentence.strip();
        if (s.length() > 400) return false;
        for (Pattern p : Holder.PATTERNS) if (p.matcher(s).matches()) return true;
        return false;
    }

    /** The events worth reporting, with implied targets within one state dropped. */
    public static List<Event> apply(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (notAReport(e.evidence().text())) continue;
            ActorRef s = e.source(), t = e.target();
            if (t == null || s.country() == null || !s.country().equals(t.country())) {
                out.add(e);
            } else if (t.text() == null) {
                out.add(actsOnItsPeople(s) ? e : e.withActors(s, null));
            } else if (!sameActorTwice(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether an event names the same actor twice (a minister acting on the government), which is never reported. */
    public static boolean sameActorTwice(Event e) {
        ActorRef s = e.source(), t = e.target();
        return t != null && t.text() != null && s.code().equals(t.code());
    }
}
