package org.entente.clean;

import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.time.DateText;
import org.entente.time.PublicationDate;
import org.entente.time.Months;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans scraped article text: drops boilerplate lines, collapses repeated headlines, and reads
 * the title, publication date, byline, dateline and outlet from the page's furniture.
 */
public final class TextCleaner {
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,4})\\s*$");
    private static final Pattern NAME_LINE = Pattern.compile("^\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3}$");
    private static final Pattern SOURCE = Pattern.compile("(?i)^source\\s*:\\s*([^(]{2,80}?)\\s*(?:\\(.*\\))?\\s*$");
    private static final Pattern DOMAIN = Pattern.compile("(?i)^(?:www\\.)?([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|ir|ru|info|news|co\\.uk|co|io))$");
    private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}[\\p{L}.' -]{1,30}?)\\s*,\\s*(" + Months.MONTH
            + ")\\s+(\\d{1,2})(?:\\s*,\\s*((?:19|20)\\d{2}))?\\s*[,(]?\\s*(\\p{Lu}[\\p{L}.' ]{1,30}?)?\\s*\\)?\\s*[-–—]+\\s+");
    /** "of the country.Among the areas": a sentence glued to the next by a lost space. */
    private static final Pattern GLUED = Pattern.compile("(\\p{Ll}{2,}[.!?])(\\p{Lu}\\p{Ll}+)");
    private static final Pattern AGENCY_DATELINE = Pattern.compile("^(\\p{Lu}[\\p{Lu} .'-]{1,30}?)\\s*\\((\\p{Lu}[\\p{L}. ]{1,30})\\)\\s*[-–—]+\\s+");
    /** "ALGIERS, Algeria - Police ...", "SAN FRANCISCO - The union ...": a city in capitals, perhaps its state, a dash. */
    private static final Pattern CAPITALS_DATELINE = Pattern.compile("^(\\p{Lu}{2}[\\p{Lu} .'-]{1,30}?)(?:\\s*,\\s*\\p{Lu}[\\p{L}.' ]{1,30}?)?\\s+[-–—]+\\s+(?=\\p{Lu})");

    private final Boilerplate boilerplate = Boilerplate.get();

    public Article clean(Document d) {
        List<String> lines = lines(d.content());
        int bodyStart = firstBodyLine(lines);
        String title = d.title();
        LocalDate published = PublicationDate.parse(d.date());
        String author = null;
        String outlet = d.outlet();
        List<String> body = new ArrayList<>();

        // the header: everything before the first real paragraph
        String firstShort = null;
        for (int i = 0; i < bodyStart; i++) {
            String line = lines.get(i);
            Matcher by = BYLINE.matcher(line);
            DateText.Found date = DateText.first(line);
            if (date != null && words(line) <= 12) {
                if (published == null) published = date.date();
            } else if (by.matches()) {
                author = by.group(1);
            } else if (boilerplate.junkKind(line) != null) {
                continue;
            } else if (isRepeated(lines, line) && NAME_LINE.matcher(line).matches() && !hasLower(line)) {
                if (author == null) author = line;
            } else if (isRepeated(lines, line) && title == null) {
                title = line;
            } else if (firstShort == null && words(line) >= 3) {
                firstShort = line;
            }
        }
        if (title == null) title = firstShort;

        String dateline = null;
        for (int i = bodyStart; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > bodyStart && i > 0 && line.equals(lines.get(i - 1))) continue;
            Matcher src = SOURCE.matcher(line);
            if (src.matches()) {
                if (outlet == null) outlet = src.group(1).strip();
                continue;
            }
            Matcher dom = DOMAIN.matcher(line);
            if (dom.matches() && i > bodyStart) {
                if (outlet == null) outlet = dom.group(1);
                continue;
            }
            if (boilerplate.junkKind(line) != null) continue;
            if (isCaption(lines, i)) continue;
            if (body.isEmpty()) {
                Matcher dl = DATELINE.matcher(line);
                Matcher ag = AGENCY_DATELINE.matcher(line);
                if (dl.lookingAt()) {
                    dateline = dl.group(1).strip();
                    String agency = dl.group(5);
                    if (outlet == null && agency != null) outlet = agency.strip();
                    if (published == null && dl.group(4) != null) {
                        published = safeDate(Integer.parseInt(dl.group(4)), Months.month(dl.group(2)), Integer.parseInt(dl.group(3)));
                    }
                    line = line.substring(dl.end());
                } else if (ag.lookingAt()) {
                    dateline = titleCase(ag.group(1).strip());
                    if (outlet == null) outlet = ag.group(2).strip();
                    line = line.substring(ag.end());
                } else {
                    Matcher caps = CAPITALS_DATELINE.matcher(line);
                    if (caps.lookingAt()) {
                        dateline = titleCase(caps.group(1).strip());
                        line = line.substring(caps.end());
                    }
                }
            }
            body.add(line);
        }
        if (title == null && !body.isEmpty() && words(body.get(0)) <= 30) title = body.get(0);
        String text = String.join("\n\n", body);
        LocalDate inferred = published == null ? InferredDate.lowerBound(text) : null;
        return new Article(d.id(), title, published, inferred, author, outlet, dateline, Language.guess(text), text);
    }

    /** Non-empty lines (hard-wrapped paragraphs joined), trimmed, with white space normalised. */
    static List<String> lines(String raw) {
        List<String> out = new ArrayList<>();
        for (String l : HardWraps.unwrap(raw).split("\n")) {
            String t = l.replace('\u00a0', ' ').replace('\u200b', ' ').replaceAll("[ \\t\\f]+", " ").strip();
            t = GLUED.matcher(t).replaceAll("$1 $2");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static boolean isRepeated(List<String> lines, String line) {
        int n = 0;
        for (String l : lines) if (l.equalsIgnoreCase(line)) n++;
        return n >= 2;
    }

    /** A short line repeated right before or after itself inside the body: an image caption or alt text. */
    private static boolean isCaption(List<String> lines, int i) {
        String line = lines.get(i);
        if (words(line) > 14 || line.endsWith(".")) return false;
        return (i > 0 && lines.get(i - 1).equals(line)) || (i + 1 < lines.size() && lines.get(i + 1).equals(line));
    }

    /** The first line that reads as a paragraph of prose. */
    private static int firstBodyLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (words(l) >= 15 && l.matches("(?s).*[.!?\"”')]$")) return i;
            if (words(l) >= 25) return i;
        }
        return 0;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static boolean hasLower(String s) {
        for (String w : s.split("\\s+")) if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) return true;
        return false;
    }

    private static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) return s;
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (b.length() > 0) b.append(' ');
            if (!w.isEmpty()) b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
