package org.entente.clean;

import org.entente.time.DateText;
import org.entente.time.Months;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lower bound for an undated article's publication date: the end of the latest period the text
 * speaks of explicitly ("in September 2015", "since late 2016", "March 27, 2017"). An article is
 * taken to be written after the periods it reports on; years in forward-looking phrases ("by
 * 2030", "next ... 2027") and years after the present are ignored.
 */
final class InferredDate {
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + Months.MONTH + ")\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(in|since|of|late|early|mid|mid-|during|from|after|until)\\s+((?:19|20)\\d{2})\\b");

    private InferredDate() {
    }

    static LocalDate lowerBound(String text) {
        int maxYear = LocalDate.now().getYear();
        LocalDate best = null;
        String rest = text;
        while (true) {
            DateText.Found f = DateText.first(rest);
            if (f == null) break;
            if (f.date().getYear() <= maxYear) best = later(best, f.date());
            rest = rest.substring(f.end());
        }
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(2));
            if (y <= maxYear) best = later(best, YearMonth.of(y, Months.month(m.group(1))).atEndOfMonth());
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(2));
            String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase();
            if (y <= maxYear && !before.contains("next") && !before.contains("by")) {
                best = later(best, LocalDate.of(y, 12, 31));
            }
        }
        return best;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
