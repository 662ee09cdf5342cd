package org.entente.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds time expressions in a sentence with regular expressions over its text (no SUTime: too slow here). */
public final class TimeFinder {
    private static final String M = Months.MONTH;
    private static final Pattern FULL_MDY = Pattern.compile("\\b(" + M + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:and|-|–)\\s*\\d{1,2})?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern FULL_DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + M + ")\\s*,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + M + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*(?:19|20)\\d{2})(?![\\d,.]*\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + M + ")(?!\\s*,?\\s*(?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + M + ")\\s*,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_ALONE = Pattern.compile("(?i:\\b(in|late|early|mid-?|since|last|this|next|during|until|by|of|end\\s+of|beginning\\s+of)\\s+)(" + M + ")\\b(?!\\s+\\d)");
    private static final Pattern YEAR = Pattern.compile("(?i:\\b(in|late|early|mid-|mid|during|from|of|for|around|throughout|since)\\s*(?<=-|\\s))((?:19|20)\\d{2})\\b(?!\\s*[-–]\\s*\\d)");
    /** A year that qualifies a noun: "a 2013 agreement", "the 2020 election", "its 2018 decision". */
    private static final Pattern YEAR_OF = Pattern.compile("(?i:\\b(a|an|the|its|their|his|her)\\s+)((?:19|20)\\d{2})\\s+(?=[a-z])");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(last|next|this)\\s+)?(" + Months.WEEKDAY + ")\\b");
    private static final Pattern REL_DAY = Pattern.compile("(?i)\\b(yesterday|today|tomorrow|tonight|(\\w+)\\s+days?\\s+ago)\\b");
    private static final Pattern AGO = Pattern.compile("(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(week|month|year)s?\\s+ago\\b");
    private static final Pattern REL_UNIT = Pattern.compile("(?i)\\b(last|next|this|earlier\\s+this|later\\s+this|past|coming)\\s+(week|month|year)\\b");
    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

    private TimeFinder() {
    }

    /** The expressions in {@code text}, which starts at offset {@code base} of the clean text; overlaps keep the most precise. */
    public static List<TimeExpression> find(String text, int base) {
        List<TimeExpression> all = new ArrayList<>();
        scan(FULL_MDY, text, m -> expr(base, m, TimeExpression.Type.FULL, y(m.group(3)), Months.month(m.group(1)), n(m.group(2)), 0, 0), all);
        scan(FULL_DMY, text, m -> expr(base, m, TimeExpression.Type.FULL, y(m.group(3)), Months.month(m.group(2)), n(m.group(1)), 0, 0), all);
        scan(MONTH_DAY, text, m -> expr(base, m, TimeExpression.Type.MONTH_DAY, 0, Months.month(m.group(1)), n(m.group(2)), 0, 0), all);
        scan(DAY_MONTH, text, m -> expr(base, m, TimeExpression.Type.MONTH_DAY, 0, Months.month(m.group(2)), n(m.group(1)), 0, 0), all);
        scan(MONTH_YEAR, text, m -> expr(base, m, TimeExpression.Type.MONTH_YEAR, y(m.group(2)), Months.month(m.group(1)), 0, 0, 0), all);
        scan(MONTH_ALONE, text, m -> {
            String mod = m.group(1).toLowerCase(Locale.ROOT);
            int shift = mod.equals("last") ? -1 : mod.equals("next") ? 1 : 0;
            return expr(base, m, TimeExpression.Type.MONTH, 0, Months.month(m.group(2)), 0, 0, shift);
        }, all);
        scan(YEAR, text, m -> expr(base, m, m.group(1).equalsIgnoreCase("since") ? TimeExpression.Type.SINCE_YEAR
                : TimeExpression.Type.YEAR, y(m.group(2)), 0, 0, 0, 0), all);
        scan(YEAR_OF, text, m -> expr(base, m, TimeExpression.Type.NOUN_YEAR, y(m.group(2)), 0, 0, 0, 0), all);
        scan(WEEKDAY, text, m -> {
            String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            return expr(base, m, TimeExpression.Type.WEEKDAY, 0, 0, 0, Months.weekday(m.group(2)),
                    mod.equals("last") ? -1 : mod.equals("next") ? 1 : 0);
        }, all);
        scan(REL_DAY, text, m -> {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : w.startsWith("to") ? 0 : -count(m.group(2));
            return shift == Integer.MIN_VALUE ? null : expr(base, m, TimeExpression.Type.RELATIVE_DAY, 0, 0, 0, 0, shift);
        }, all);
        scan(REL_UNIT, text, m -> {
            String mod = m.group(1).toLowerCase(Locale.ROOT);
            int shift = mod.equals("last") || mod.equals("past") ? -1 : mod.equals("next") || mod.equals("coming") ? 1 : 0;
            return expr(base, m, unit(m.group(2)), 0, 0, 0, 0, shift);
        }, all);
        scan(AGO, text, m -> {
            int n = count(m.group(1).equalsIgnoreCase("an") ? "a" : m.group(1));
            return n == Integer.MIN_VALUE ? null : expr(base, m, unit(m.group(2)), 0, 0, 0, 0, -n);
        }, all);
        all.sort(Comparator.comparingInt(TimeExpression::start).thenComparingInt(e -> e.type().rank));
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression e : all) {
            TimeExpression prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && e.start() < prev.end()) {
                if (e.type().rank < prev.type().rank) out.set(out.size() - 1, e);
                continue;
            }
            out.add(e);
        }
        return out;
    }

    private static TimeExpression.Type unit(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "week" -> TimeExpression.Type.RELATIVE_WEEK;
            case "month" -> TimeExpression.Type.RELATIVE_MONTH;
            default -> TimeExpression.Type.RELATIVE_YEAR;
        };
    }

    private interface Maker {
        TimeExpression make(Matcher m);
    }

    private static void scan(Pattern p, String text, Maker maker, List<TimeExpression> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            TimeExpression e = maker.make(m);
            if (e != null && (e.month() == 0 || (e.month() >= 1 && e.month() <= 12)) && e.day() <= 31) out.add(e);
        }
    }

    private static TimeExpression expr(int base, Matcher m, TimeExpression.Type type, int year, int month, int day, int weekday, int shift) {
        return new TimeExpression(base + m.start(), base + m.end(), m.group(), type, year, month, day, weekday, shift);
    }

    private static int y(String s) {
        return Integer.parseInt(s);
    }

    private static int n(String s) {
        return Integer.parseInt(s);
    }

    static int count(String w) {
        if (w == null) return Integer.MIN_VALUE;
        if (w.matches("\\d{1,3}")) return Integer.parseInt(w);
        for (int i = 0; i < NUMBERS.length; i++) if (NUMBERS[i].equalsIgnoreCase(w)) return i;
        if (w.equalsIgnoreCase("a") || w.equalsIgnoreCase("few")) return w.equalsIgnoreCase("a") ? 1 : Integer.MIN_VALUE;
        return Integer.MIN_VALUE;
    }
}
