package org.entente.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date in the forms real feeds and pages carry it, and gives the calendar
 * date as published, in the zone the value states: ISO dates and date-times (with {@code Z}, an
 * offset or none), RFC 1123 ({@code Fri, 14 Mar 2025 16:35:50 GMT}), GDELT's
 * {@code 20250314T163550Z} and {@code 20250314163550}, epoch seconds and milliseconds (as UTC),
 * and dates written out in words ("October 22, 2024 11:27 AM ET"). Parsing is by
 * {@link DateTimeFormatter}s; only the words fallback goes through {@link DateText}.
 */
public final class PublicationDate {
    /** Dates outside these years are taken for noise (a zero timestamp, a typo). */
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    private static final Pattern UTC_TIME = Pattern.compile("(?i).*?[T ](\\d{1,2}):\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\s*(?:z|[+-]00:?00|gmt|utc)?");
    private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)?");

    /** ISO 8601 date-time: 'T' or a space, optional seconds and fraction, optional offset or zone. */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendPattern("['T'][ ]").append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendPattern("[XXX][XX][X][ ]['['VV']']")
            .optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private static final List<DateTimeFormatter> OTHERS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            formatter("[EEE, ][EEEE, ]d MMM uuuu[ HH:mm[:ss]][ z]"),
            formatter("uuuuMMdd'T'HHmmss[X]"),
            formatter("uuuuMMddHHmmss"),
            formatter("uuuuMMdd"),
            formatter("uuuu/MM/dd[ HH:mm[:ss]]"));

    private PublicationDate() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART);
    }

    /** The calendar date of {@code value} as published, or null when it is blank or unreadable. */
    public static LocalDate parse(String value) {
        if (value == null) return null;
        String s = value.strip();
        if (s.isEmpty()) return null;
        LocalDate d = DIGITS.matcher(s).matches() ? digits(s) : null;
        if (d == null) d = formatted(s, ISO);
        for (int i = 0; d == null && i < OTHERS.size(); i++) d = formatted(s, OTHERS.get(i));
        if (d == null) {
            DateText.Found f = DateText.first(s);
            if (f != null && f.start() < 24) d = f.date();
        }
        return d != null && d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR ? d : null;
    }

    /**
     * The hour of a moment that says nothing of the publisher's own zone (a {@code Z},
     * {@code +00:00}, {@code GMT} or {@code UTC} time, a time with no zone, or an epoch number),
     * or -1. Early in such a day the publisher's calendar date may still be the day before.
     */
    public static int utcHour(String value) {
        if (value == null) return -1;
        String s = value.strip();
        if (DIGITS.matcher(s).matches()) {
            if (s.length() == 8) return -1;
            if (s.length() == 14) return digits(s) == null ? -1 : Integer.parseInt(s.substring(8, 10));
            Instant at = epoch(s);
            return at == null ? -1 : at.atOffset(ZoneOffset.UTC).getHour();
        }
        Matcher m = UTC_TIME.matcher(s);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Whether the value says anything at all (so an unreadable one is worth a warning). */
    public static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** GDELT's compact forms, or epoch seconds (9-10 digits) or milliseconds (12-13 digits). */
    private static LocalDate digits(String s) {
        if (s.length() == 8 || s.length() == 14) {
            LocalDate d = formatted(s, OTHERS.get(s.length() == 8 ? 4 : 3));
            if (d != null) return d;
        }
        Instant at = epoch(s);
        return at == null ? null : at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** Epoch seconds (9-10 digits) or milliseconds (12-13 digits), a fraction ignored; null for other lengths. */
    private static Instant epoch(String s) {
        String whole = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (whole.length() < 9 || whole.length() > 13 || whole.length() == 11) return null;
        long n = Long.parseLong(whole);
        return whole.length() <= 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
    }

    private static LocalDate formatted(String s, DateTimeFormatter f) {
        try {
            TemporalAccessor t = f.parseBest(s, ZonedDateTime::from, OffsetDateTime::from, LocalDate::from);
            if (t instanceof ZonedDateTime z) return z.toLocalDate();
            if (t instanceof OffsetDateTime o) return o.toLocalDate();
            return (LocalDate) t;
        } catch (DateTimeParseException | ClassCastException e) {
            return null;
        }
    }
}
