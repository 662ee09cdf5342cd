package org.entente.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written out in a page's own language ("18 NOV 2019", "25. September 2018", "30 juillet
 * 2018", "Nov. 19, 2019"): day, month name and year in either order, the month names those of
 * java.time for the language (full and short) and English.
 */
public final class WrittenDate {
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2})\\.?(?:\\s+de)?\\s+(\\p{L}{3,})\\.?,?(?:\\s+de)?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Map<Locale, Map<String, Integer>> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private WrittenDate() {
    }

    /** The first written date in {@code text} with its position, or null. */
    public static DateText.Found first(String text, Locale language) {
        Map<String, Integer> months = months(language);
        DateText.Found best = null;
        for (Pattern p : new Pattern[]{DAY_FIRST, MONTH_FIRST}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                boolean dayFirst = p == DAY_FIRST;
                Integer month = months.get(m.group(dayFirst ? 2 : 1).toLowerCase(language));
                if (month == null) continue;
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(dayFirst ? 1 : 2)));
                    if (best == null || m.start() < best.start()) best = new DateText.Found(d, m.start(), m.end());
                } catch (DateTimeException e) {
                    continue;
                }
                break;
            }
        }
        return best;
    }

    private static Map<String, Integer> months(Locale language) {
        return NAMES.computeIfAbsent(language, l -> {
            Map<String, Integer> out = new HashMap<>();
            for (Locale loc : new Locale[]{Locale.ENGLISH, l}) {
                for (Month m : Month.values()) {
                    for (TextStyle s : new TextStyle[]{TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE}) {
                        String name = m.getDisplayName(s, loc).toLowerCase(l).replace(".", "");
                        if (name.length() >= 3 && !name.chars().allMatch(Character::isDigit)) out.putIfAbsent(name, m.getValue());
                    }
                }
            }
            out.putIfAbsent("sept", 9);
            return out;
        });
    }
}
