package org.entente.model;

import java.time.LocalDate;

/**
 * When an event happened, at the grain the text gives.
 *
 * @param value    {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, or null
 * @param grain    the grain of {@code value}
 * @param inferred true when resolved against an inferred (not stated) publication date
 * @param rule     which expression or fallback produced it (provenance)
 */
public record EventDate(String value, Grain grain, boolean inferred, String rule) {
    public enum Grain {
        DAY, MONTH, YEAR, UNKNOWN;

        public String json() {
            return name().toLowerCase();
        }
    }

    public static final EventDate UNKNOWN = new EventDate(null, Grain.UNKNOWN, false, "none");

    public static EventDate day(LocalDate d, boolean inferred, String rule) {
        return new EventDate(d.toString(), Grain.DAY, inferred, rule);
    }

    public static EventDate month(int year, int month, boolean inferred, String rule) {
        return new EventDate(String.format("%04d-%02d", year, month), Grain.MONTH, inferred, rule);
    }

    public static EventDate year(int year, boolean inferred, String rule) {
        return new EventDate(String.format("%04d", year), Grain.YEAR, inferred, rule);
    }

    /** The first day the date can denote, for ordering and for resolving roles by date. */
    public LocalDate firstDay() {
        if (value == null) return null;
        return switch (grain) {
            case DAY -> LocalDate.parse(value);
            case MONTH -> LocalDate.parse(value + "-01");
            case YEAR -> LocalDate.parse(value + "-01-01");
            case UNKNOWN -> null;
        };
    }

    /** The last day the date can denote. */
    public LocalDate lastDay() {
        LocalDate first = firstDay();
        if (first == null) return null;
        return switch (grain) {
            case MONTH -> first.plusMonths(1).minusDays(1);
            case YEAR -> first.plusYears(1).minusDays(1);
            default -> first;
        };
    }
}
