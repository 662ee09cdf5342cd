package org.entente.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page's headline without the site's name. A heading marked {@code itemprop="headline"} is the
 * headline; so is the page's own {@code <h1>} when a
 * title the page declares ({@code og:title}, JSON-LD {@code headline}, {@code twitter:title},
 * {@code <title>}) contains it as a whole part; otherwise the first declared title is cut at its
 * separators ("|", " - ", " — ", "::", "»") and the parts that name the site go: parts equal to
 * {@code og:site_name}, the publisher's name or the host name, and, with no such clue, what
 * follows the first "|".
 */
final class Headline {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|»|·|•|/)\\s+|\\s*\\|\\s*");
    private static final Pattern PIPE = Pattern.compile("\\s*\\|\\s*");

    private Headline() {
    }

    static String of(Document page, LinkedData ld, String url) {
        Set<String> sites = sites(page, ld, url);
        List<String> declared = new ArrayList<>();
        for (String t : new String[]{meta(page, "og:title"), ld.articleField("headline"), meta(page, "twitter:title"), page.title()}) {
            if (t != null && !t.isBlank()) declared.add(space(t));
        }
        Element marked = page.selectFirst("h1[itemprop=headline], h2[itemprop=headline]");
        if (marked != null && space(marked.text()).split(" ").length >= 3) return space(marked.text());
        List<String> h1s = new ArrayList<>();
        for (Element h : page.select("h1")) {
            String t = space(h.text());
            if (!t.isEmpty() && !isSite(t, sites)) h1s.add(t);
        }
        for (String h : h1s) {
            for (String t : declared) {
                if (containsAsPart(t, h)) return h;
            }
        }
        if (declared.isEmpty()) return h1s.isEmpty() ? null : h1s.get(0);
        String title = withoutSite(declared.get(0), sites);
        if (h1s.size() == 1 && (sharedWords(h1s.get(0), title) >= 0.6 || h1s.get(0).split(" ").length >= 4)) return h1s.get(0);
        return title;
    }

    /** Whether {@code part} is the whole of {@code title} or one of its separated parts. */
    private static boolean containsAsPart(String title, String part) {
        String t = key(title), p = key(part);
        if (p.length() < 4) return false;
        if (t.equals(p)) return true;
        for (String piece : SEPARATOR.split(title)) {
            if (key(piece).equals(p)) return true;
        }
        return t.startsWith(p) && SEPARATOR.matcher(title.substring(Math.min(title.length(), part.length()))).lookingAt();
    }

    static String withoutSite(String title, Set<String> sites) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) return title;
        int from = 0, to = parts.length;
        while (to - from > 1 && isSite(parts[to - 1], sites)) to--;
        while (to - from > 1 && isSite(parts[from], sites)) from++;
        String kept = title;
        if (from > 0 || to < parts.length) { // keep the original separators between the parts that stay
            int start = title.indexOf(parts[from]);
            int end = title.lastIndexOf(parts[to - 1]) + parts[to - 1].length();
            if (start >= 0 && end > start) kept = title.substring(start, end);
        }
        String[] pipes = PIPE.split(kept); // "Headline | Section": the headline is the first and longest part
        return (pipes.length > 1 && longest(pipes) == 0 ? pipes[0] : kept).strip();
    }

    private static int longest(String[] parts) {
        int best = 0;
        for (int i = 1; i < parts.length; i++) if (parts[i].length() > parts[best].length()) best = i;
        return best;
    }

    private static boolean isSite(String part, Set<String> sites) {
        String k = key(part);
        if (k.isEmpty()) return true;
        String compact = k.replaceAll("[^\\p{L}\\p{N}]", "");
        for (String s : sites) {
            String sc = s.replaceAll("[^\\p{L}\\p{N}]", "");
            if (k.equals(s) || (sc.length() >= 3 && (compact.equals(sc) || compact.startsWith(sc) && compact.length() <= sc.length() + 4
                    || sc.startsWith(compact) && compact.length() >= 3))) return true;
        }
        return false;
    }

    /** The site's names: og:site_name, application-name, the JSON-LD publisher, the host's name. */
    private static Set<String> sites(Document page, LinkedData ld, String url) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : new String[]{meta(page, "og:site_name"), meta(page, "application-name"), ld.articleName("publisher")}) {
            if (s != null && !s.isBlank()) out.add(key(s));
        }
        String host = host(url == null || url.isBlank() ? PageDate.canonical(page) : url);
        if (host != null) {
            String[] labels = host.split("\\.");
            int name = labels.length - 2;
            if (name > 0 && labels[name].length() <= 3 && labels[labels.length - 1].length() == 2) name--; // bbc.co.uk
            if (name >= 0) out.add(labels[name]);
            out.add(host);
        }
        out.remove("");
        return out;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double sharedWords(String a, String b) {
        Set<String> wa = new LinkedHashSet<>(List.of(key(a).split(" ")));
        Set<String> wb = new LinkedHashSet<>(List.of(key(b).split(" ")));
        int n = 0;
        for (String w : wa) if (wb.contains(w)) n++;
        return (double) n / Math.max(wa.size(), wb.size());
    }

    private static String meta(Document page, String key) {
        for (Element m : page.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))) {
                String c = m.attr("content");
                if (!c.isBlank()) return c;
            }
        }
        return null;
    }

    static String space(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Comparison form: accents, case, quotes and dashes folded, trailing punctuation dropped. */
    static String key(String s) {
        String k = Normalizer.normalize(space(s), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[‘’`´]", "'").replaceAll("[“”]", "\"").replaceAll("[–—]", "-");
        return k.replaceAll("[\\s.:;,!?]+$", "");
    }
}
