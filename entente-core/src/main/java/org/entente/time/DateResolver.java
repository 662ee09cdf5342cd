package org.entente.time;

import org.entente.model.EventDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Resolves a time expression against an anchor (the publication date, or the lower bound that
 * extraction inferred). Past acts go back from the anchor, planned ones forward. An explicit year
 * always wins. Against an inferred lower bound, a month-day without a year is its first
 * occurrence after the bound: the article was written after it.
 */
public final class DateResolver {
    private DateResolver() {
    }

    /**
     * @param e        the expression
     * @param anchor   the publication date or inferred bound, or null
     * @param inferred whether the anchor is an inferred bound
     * @param future   whether the act is planned rather than reported as done
     * @return the date, or null when the expression cannot be resolved
     */
    public static EventDate resolve(TimeExpression e, LocalDate anchor, boolean inferred, boolean future) {
        String rule = e.type().name().toLowerCase() + ":" + e.text();
        try {
            switch (e.type()) {
                case FULL:
                    return EventDate.day(LocalDate.of(e.year(), e.month(), e.day()), false, rule);
                case MONTH_YEAR:
                    return EventDate.month(e.year(), e.month(), false, rule);
                case YEAR:
                case NOUN_YEAR:
                case SINCE_YEAR:
                    return EventDate.year(e.year(), false, rule);
                default:
                    break;
            }
            if (anchor == null) return null;
            return switch (e.type()) {
                case MONTH_DAY -> EventDate.day(monthDay(e, anchor, inferred, future), inferred, rule);
                case WEEKDAY -> EventDate.day(weekday(e, anchor, future), inferred, rule);
                case RELATIVE_DAY -> EventDate.day(anchor.plusDays(e.shift()), inferred, rule);
                case MONTH -> {
                    YearMonth ym = month(e, anchor, inferred, future);
                    yield EventDate.month(ym.getYear(), ym.getMonthValue(), inferred, rule);
                }
                case RELATIVE_WEEK -> {
                    LocalDate d = anchor.plusWeeks(e.shift());
                    yield EventDate.month(d.getYear(), d.getMonthValue(), inferred, rule);
                }
                case RELATIVE_MONTH -> {
                    YearMonth ym = YearMonth.from(anchor).plusMonths(e.shift());
                    yield EventDate.month(ym.getYear(), ym.getMonthValue(), inferred, rule);
                }
                case RELATIVE_YEAR -> EventDate.year(anchor.getYear() + e.shift(), inferred, rule);
                default -> null;
            };
        } catch (DateTimeException ex) {
            return null;
        }
    }

    private static LocalDate monthDay(TimeExpression e, LocalDate anchor, boolean inferred, boolean future) {
        LocalDate d = LocalDate.of(anchor.getYear(), e.month(), e.day());
        if (inferred || future) {
            return d.isBefore(anchor) ? d.plusYears(1) : d;
        }
        return d.isAfter(anchor) ? d.minusYears(1) : d;
    }

    private static LocalDate weekday(TimeExpression e, LocalDate anchor, boolean future) {
        java.time.DayOfWeek dow = java.time.DayOfWeek.of(e.weekday());
        if (e.shift() > 0 || (future && e.shift() == 0)) return anchor.with(TemporalAdjusters.next(dow));
        LocalDate d = anchor.with(TemporalAdjusters.previousOrSame(dow));
        return e.shift() < 0 && d.equals(anchor) ? d.minusWeeks(1) : d;
    }

    private static YearMonth month(TimeExpression e, LocalDate anchor, boolean inferred, boolean future) {
        YearMonth ym = YearMonth.of(anchor.getYear(), e.month());
        YearMonth now = YearMonth.from(anchor);
        if (e.shift() > 0 || future || inferred) return ym.isBefore(now) ? ym.plusYears(1) : ym;
        if (e.shift() < 0) return ym.isBefore(now) ? ym : ym.minusYears(1);
        return ym.isAfter(now) ? ym.minusYears(1) : ym;
    }
}
