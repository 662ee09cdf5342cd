package org.entente.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Full calendar dates written in text: "August 09, 2016", "17 April 2018", "2018-04-17". */
public final class DateText {
    private static final Pattern MDY = Pattern.compile("\\b(" + Months.MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:\\s*(?:and|-|–)\\s*\\d{1,2})?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + Months.MONTH
            + ")\\s*,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:\\b|(?=T\\d))");

    private DateText() {
    }

    /** A full date found in the text with its position. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** The first full date (day, month and year) in {@code s}, or null. */
    public static Found first(String s) {
        Found best = null;
        for (Pattern p : new Pattern[]{MDY, DMY, ISO}) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                LocalDate d = toDate(p, m);
                if (d != null && (best == null || m.start() < best.start())) best = new Found(d, m.start(), m.end());
            }
        }
        return best;
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        try {
            if (p == MDY) return LocalDate.of(Integer.parseInt(m.group(3)), Months.month(m.group(1)), Integer.parseInt(m.group(2)));
            if (p == DMY) return LocalDate.of(Integer.parseInt(m.group(3)), Months.month(m.group(2)), Integer.parseInt(m.group(1)));
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** An ISO date or date-time string's date part, or null. */
    public static LocalDate parseIso(String s) {
        if (s == null) return null;
        Matcher m = ISO.matcher(s.trim());
        if (!m.find() || m.start() != 0) return null;
        return toDate(ISO, m);
    }
}
