package org.entente.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Two days after Erdogan denounced Israel", "a week before the vote": an act named after such
 * words happened that many days before (after) the time the rest of the sentence speaks of.
 */
final class DayOffsets {
    private static final Pattern OFFSET = Pattern.compile(
            "(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(day|week)s?\\s+(after|before)\\b");

    private DayOffsets() {
    }

    /**
     * Days to add to the sentence's date for an act whose word starts at {@code at} (offset in the
     * article): an offset phrase counts for the words after it up to the next comma; 0 where no
     * phrase stands before the act. A phrase that opens the sentence ("Three days after Lai took
     * office, China ...") is left alone: there the rest of the sentence is the later act.
     */
    static int of(String sentence, int sentenceBegin, int at) {
        Matcher m = OFFSET.matcher(sentence);
        int days = 0;
        int rel = at - sentenceBegin;
        while (m.find() && m.end() <= rel) {
            String lead = sentence.substring(0, m.start()).strip();
            if (lead.split("\\s+").length < 2 || lead.endsWith(":")) continue;
            int clauseEnd = sentence.length();
            for (char c : new char[]{',', ';'}) {
                int k = sentence.indexOf(c, m.end());
                if (k >= 0 && k < clauseEnd) clauseEnd = k;
            }
            if (rel >= clauseEnd) continue;
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int count = TimeFinder.count(n.equals("an") ? "a" : n);
            int unit = m.group(2).equalsIgnoreCase("week") ? 7 : 1;
            days = (m.group(3).equalsIgnoreCase("after") ? -1 : 1) * count * unit;
        }
        return days;
    }
}
