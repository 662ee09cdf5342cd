package org.entente.time;

import org.entente.model.AnnotatedArticle;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The time stage's entry point: dates each event from the time expressions that govern it — its
 * own sentence first (the most precise expression, then the nearest), then the sentences before
 * it in the same paragraph — resolved against the article's date. With no expression a reported
 * act takes the stated publication date; with no anchor the date is null, never a guess.
 */
public final class EventDater {
    /**
     * How many sentences before its own a month or year may date an act from; farther back only a
     * day ("on Tuesday") still carries over, as news restates the day of the happening.
     */
    static final int NEAR_BACK = 2;
    /** Dates farther than this from the report are another year's: their year must be stated with the act. */
    static final int FAR_DAYS = 300;

    public List<Event> date(AnnotatedArticle annotated, List<Event> events) {
        Article a = annotated.article();
        LocalDate anchor = a.anchor();
        boolean inferred = a.anchorInferred();
        Map<Integer, List<TimeExpression>> cache = new HashMap<>();
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(e.withDate(dateOf(e, annotated.sentences(), cache, anchor, inferred, a.published())));
        }
        return out;
    }

    private EventDate dateOf(Event e, List<Sentence> sentences, Map<Integer, List<TimeExpression>> cache,
                             LocalDate anchor, boolean inferred, LocalDate published) {
        boolean future = e.provenance().intended();
        Sentence s = sentences.get(e.sentence());
        int at = e.trigger() == null ? s.begin() : e.trigger().start();
        for (int k = s.index(); k >= 0; k--) {
            Sentence cur = sentences.get(k);
            if (cur.paragraph() != s.paragraph()) break;
            List<TimeExpression> found = cache.computeIfAbsent(k, i -> TimeFinder.find(cur.text(), cur.begin()));
            boolean own = k == s.index();
            List<EventDate> dates = new ArrayList<>();
            boolean ahead = false;
            List<TimeExpression> usable = new ArrayList<>();
            boolean near = s.index() - k <= NEAR_BACK;
            List<int[]> asides = found.isEmpty() ? List.of() : asides(cur);
            for (TimeExpression t : found) {
                if (!near && t.type().rank > TimeExpression.Type.RELATIVE_DAY.rank) continue;
                if (inAnAsideWithout(asides, t, own ? at : -1)) continue;
                if (t.type() == TimeExpression.Type.NOUN_YEAR && !(own && namesTheAct(cur, t, at))) continue;
                boolean forward = future && own && !pastMarked(cur.text(), t.start() - cur.begin());
                EventDate d = DateResolver.resolve(t, anchor, inferred, forward);
                if (d != null && !future && !inferred && afterReport(d, anchor)) {
                    ahead = true; // what is yet to come: no date for an act reported as done
                    continue;
                }
                if (d != null && admissible(t, d, own, anchor)) {
                    usable.add(t);
                    dates.add(d);
                }
            }
            TimeExpression best = best(usable, own ? at : cur.end());
            if (best != null) return offset(dates.get(usable.indexOf(best)), s, at);
            if (ahead) break; // the sentences about what is to come part the act from any date before them
        }
        EventDate lead = fromLead(sentences, s, cache, anchor, inferred);
        if (lead != null) return offset(lead, s, at);
        if (published != null) return offset(EventDate.day(published, false, "published"), s, at);
        return EventDate.UNKNOWN;
    }

    /** The date moved by "two days after" standing before the act's word in its sentence ({@link DayOffsets}). */
    private static EventDate offset(EventDate d, Sentence s, int at) {
        int days = DayOffsets.of(s.text(), s.begin(), at);
        if (days == 0 || d.grain() != EventDate.Grain.DAY || d.value() == null) return d;
        return new EventDate(LocalDate.parse(d.value()).plusDays(days).toString(), d.grain(), d.inferred(), d.rule() + (days < 0 ? "" : "+") + days + "d");
    }

    /**
     * News puts the day of the happening in its lead: a later sentence with no time expression of
     * its own reports on the same day, if the lead (first paragraph) names one.
     */
    private static EventDate fromLead(List<Sentence> sentences, Sentence s, Map<Integer, List<TimeExpression>> cache,
                                      LocalDate anchor, boolean inferred) {
        if (s.paragraph() == 0) return null;
        for (Sentence cur : sentences) {
            if (cur.paragraph() > 0) break;
            List<TimeExpression> found = cache.computeIfAbsent(cur.index(), i -> TimeFinder.find(cur.text(), cur.begin()));
            for (TimeExpression t : found) {
                if (t.type().rank > TimeExpression.Type.WEEKDAY.rank) continue;
                EventDate d = DateResolver.resolve(t, anchor, inferred, false);
                if (d != null && admissible(t, d, false, anchor)) return new EventDate(d.value(), d.grain(), d.inferred(), "lead:" + d.rule());
            }
        }
        return null;
    }

    /**
     * Whether an expression may date an act: "since 1927" dates a state, never an act; and a date a
     * year or more from the report needs its year in the act's own sentence ("in 2019", "last
     * year", "two years ago"), as background ("Russia annexed Crimea in 2014") is no date for the
     * acts reported after it.
     */
    static boolean admissible(TimeExpression t, EventDate d, boolean own, LocalDate anchor) {
        if (t.type() == TimeExpression.Type.SINCE_YEAR) return false;
        if (anchor == null || d.value() == null || own && yearStated(t)) return true;
        return !d.firstDay().isBefore(anchor.minusDays(FAR_DAYS)) && !d.lastDay().isAfter(anchor.plusDays(FAR_DAYS));
    }

    /** Whether the act's word is the noun a year qualifies: "a 2013 agreement", "the 2015 peace deal". */
    private static boolean namesTheAct(Sentence s, TimeExpression t, int at) {
        if (at < t.end() || at - t.end() > 24) return false;
        String between = s.text().substring(t.end() - s.begin(), at - s.begin());
        return between.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-');
    }

    /**
     * Whether a date begins after the report: no date for an act reported as done ("tomorrow's
     * talks" said before "Rubio credited Britain" dates the talks, not the credit). Only against a
     * stated publication date: an anchor inferred from the text may itself be too early.
     */
    private static boolean afterReport(EventDate d, LocalDate anchor) {
        return anchor != null && d.value() != null && d.firstDay().isAfter(anchor);
    }

    private static boolean yearStated(TimeExpression t) {
        return t.year() != 0 || t.type() == TimeExpression.Type.RELATIVE_YEAR;
    }

    /** "said last week (February 24) that they would ...": the expression looks back, whatever the tense. */
    private static boolean pastMarked(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 16), Math.max(0, at)).toLowerCase();
        return before.contains("last") || before.contains("earlier") || before.contains("ago") || before.contains("yesterday");
    }

    /** ", who ... ," and ", which ... ,": a clause set off by commas about an actor or thing, not the act. */
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile(",\\s+(?:who|which|whose)\\b[^,;]*,");

    /** The spans (offsets in the article) of a sentence's asides. */
    private static List<int[]> asides(Sentence s) {
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = ASIDE.matcher(s.text());
        while (m.find()) out.add(new int[]{s.begin() + m.start(), s.begin() + m.end()});
        return out;
    }

    /**
     * Whether a time expression stands in an aside that the act's word is not in: "Lavrov, who is
     * expected to visit Tehran next month, welcomed ..." dates the visit, not the welcome.
     */
    private static boolean inAnAsideWithout(List<int[]> asides, TimeExpression t, int at) {
        for (int[] a : asides) {
            if (t.start() >= a[0] && t.end() <= a[1] && !(at >= a[0] && at < a[1])) return true;
        }
        return false;
    }

    /** The most precise expression, the nearest to {@code at} among equals. */
    private static TimeExpression best(List<TimeExpression> found, int at) {
        TimeExpression best = null;
        for (TimeExpression t : found) {
            if (best == null || t.type().rank < best.type().rank
                    || (t.type().rank == best.type().rank && distance(t, at) < distance(best, at))) best = t;
        }
        return best;
    }

    private static int distance(TimeExpression t, int at) {
        return at < t.start() ? t.start() - at : Math.max(0, at - t.end());
    }
}
