package org.entente.time;

/**
 * A time expression found in a sentence, not yet resolved.
 *
 * @param start    character offset in the clean text
 * @param end      end offset
 * @param text     the words
 * @param type     what kind of expression it is
 * @param year     the year written, or 0
 * @param month    the month written (1..12), or 0
 * @param day      the day of month written, or 0
 * @param weekday  the weekday written (1 Monday .. 7 Sunday), or 0
 * @param shift    for relative expressions: -1 last/ago, 0 this, +1 next (in the unit of the type)
 */
public record TimeExpression(int start, int end, String text, Type type, int year, int month, int day, int weekday,
                             int shift) {
    public enum Type {
        /** month, day and year written: "March 27, 2017". */
        FULL(0),
        /** month and day: "Nov. 1", "April 9". */
        MONTH_DAY(1),
        /** a weekday: "on Monday". */
        WEEKDAY(2),
        /** "yesterday", "today", "tomorrow", "three days ago" (shift in days). */
        RELATIVE_DAY(2),
        /** month and year: "Sept. 2015". */
        MONTH_YEAR(3),
        /** a month alone: "in late March". */
        MONTH(4),
        /** "last week", "next week" (shift in weeks). */
        RELATIVE_WEEK(5),
        /** "last month", "earlier this month" (shift in months). */
        RELATIVE_MONTH(5),
        /** a year: "in 2014". */
        YEAR(6),
        /** a year that qualifies a noun: "a 2013 agreement"; it dates only the act that noun names. */
        NOUN_YEAR(6),
        /** "last year", "next year" (shift in years). */
        RELATIVE_YEAR(6),
        /** "since 2015": when a state began, a weak clue to when an act happened. */
        SINCE_YEAR(9);

        /** Lower is more precise: the dater prefers precise expressions. */
        public final int rank;

        Type(int rank) {
            this.rank = rank;
        }
    }
}
