package org.entente.clean;

import java.util.regex.Pattern;

/**
 * Joins hard-wrapped text back into paragraphs. Wire copy, e-mail and plain-text archives break
 * lines at a fixed width, mid-sentence ("declared a moratorium on interest" / "payments on its
 * debt"); read line by line, every fragment would be a sentence of its own. A text is taken as
 * wrapped when most of its long lines are short of a hundred characters and many of them end
 * mid-sentence; then a line continues the one before it unless a blank line or an indent starts a
 * paragraph, the line before ended a sentence well short of the width, or either line is a row
 * of a table. Text with one paragraph a line is returned as it is (with newline line ends).
 */
final class HardWraps {
    private HardWraps() {
    }

    private static final int LONG = 40;
    private static final int WIDE = 100;
    /** A row of a table: figures set apart by runs of spaces or tabs. */
    private static final Pattern TABULAR = Pattern.compile("\\S(?: {3,}|\\t)\\S");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;][\"'”’)]*$");

    static String unwrap(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = text.split("\n", -1);
        int width = width(lines);
        if (width < 0) return text;
        StringBuilder out = new StringBuilder(raw.length());
        String previous = null;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty()) {
                out.append('\n');
                previous = null;
                continue;
            }
            boolean joins = previous != null && !indented(line) && !tabular(t) && !tabular(previous)
                    && !(ENDS_SENTENCE.matcher(previous).find() && previous.length() < width * 0.7);
            if (joins) out.append(' ');
            else if (out.length() > 0) out.append('\n');
            out.append(joins ? t : line);
            previous = t;
        }
        return out.toString();
    }

    /** The width a wrapped text was broken at, or -1 when the text is not hard-wrapped. */
    static int width(String[] lines) {
        int longLines = 0, open = 0, width = 0;
        for (String l : lines) {
            String t = l.strip();
            if (t.length() < LONG || tabular(t)) continue;
            longLines++;
            width = Math.max(width, t.length());
            if (t.length() > WIDE) return -1;
            if (!ENDS_SENTENCE.matcher(t).find()) open++;
        }
        return longLines >= 4 && open * 5 >= longLines * 2 ? width : -1;
    }

    private static boolean indented(String line) {
        return line.startsWith("  ") || line.startsWith("\t");
    }

    private static boolean tabular(String stripped) {
        return TABULAR.matcher(stripped).find();
    }
}
