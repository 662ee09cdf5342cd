package org.entente.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.time.DateText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the article from a web page: metadata from {@code <meta>}, JSON-LD and {@code <time>},
 * and the body from the block of the page with the most dense, link-poor prose
 * ({@link ContentScorer}), less the boilerplate lines scraped text also loses.
 */
public final class HtmlCleaner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|\\b)");
    private final Boilerplate boilerplate = Boilerplate.get();

    public Article clean(Document d) {
        Parser parser = Parser.htmlParser();
        parser.setTrackErrors(0);
        org.jsoup.nodes.Document page = Jsoup.parse(d.html(), d.url() == null ? "" : d.url(), parser);
        Meta meta = meta(page, d);
        List<String> body = new ArrayList<>();
        List<String> extracted = ContentScorer.extract(page);
        List<String> declared = declaredBody(meta.ldBody());
        if (length(declared) > Math.max(500, length(extracted) * 1.5)) extracted = declared; // pages rendered by script
        for (String line : extracted) {
            if (boilerplate.junkKind(line) != null) continue;
            if (!body.isEmpty() && body.get(body.size() - 1).equals(line)) continue;
            if (body.isEmpty() && meta.title != null && line.equalsIgnoreCase(meta.title)) continue;
            body.add(line);
        }
        while (!body.isEmpty() && isTrailerScrap(body.get(body.size() - 1), 2)) body.remove(body.size() - 1);
        while (!body.isEmpty() && isTrailerScrap(body.get(0), 2)) body.remove(0); // photo credits, section labels
        String clean = String.join("\n\n", body);
        LocalDate published = DateText.parseIso(d.date()) != null ? DateText.parseIso(d.date()) : meta.date;
        LocalDate inferred = published == null ? InferredDate.lowerBound(clean) : null;
        return new Article(d.id(), meta.title, published, inferred, meta.author, meta.outlet, null,
                Language.guess(clean), clean);
    }

    /** The article body a page declares in its JSON-LD, as lines (it may itself hold escaped HTML). */
    private static List<String> declaredBody(String ld) {
        List<String> out = new ArrayList<>();
        if (ld == null) return out;
        if (ld.contains("&lt;")) ld = Parser.unescapeEntities(ld, false);
        String text = ld.contains("<") ? Jsoup.parse(ld.replaceAll("\\r?\\n", "<br>")).body().wholeText() : ld;
        for (String line : text.split("\\r?\\n")) {
            String t = line.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static int length(List<String> lines) {
        int n = 0;
        for (String l : lines) n += l.length();
        return n;
    }

    /** A first or last line of a few words with no sentence end: a label or teaser, not the article's edge. */
    private static boolean isTrailerScrap(String line, int maxWords) {
        return line.split("\\s+").length <= maxWords && !line.matches(".*[.!?\"”]$");
    }

    private record Meta(String title, LocalDate date, String author, String outlet, String ldBody) {
    }

    private static Meta meta(org.jsoup.nodes.Document page, Document d) {
        String title = d.title() != null ? d.title() : first(page, "meta[property=og:title]", "meta[name=twitter:title]");
        String date = first(page, "meta[property=article:published_time]", "meta[name=pubdate]", "meta[name=publishdate]",
                "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[itemprop=datePublished]");
        String author = first(page, "meta[name=author]", "meta[property=article:author]");
        String outlet = d.outlet() != null ? d.outlet() : first(page, "meta[property=og:site_name]", "meta[name=application-name]");
        String ldBody = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(script.data());
                List<JsonNode> nodes = new ArrayList<>();
                if (n.isArray()) n.forEach(nodes::add);
                else if (n.has("@graph")) n.get("@graph").forEach(nodes::add);
                else nodes.add(n);
                for (JsonNode x : nodes) {
                    String type = x.path("@type").asText("");
                    if (!type.contains("Article") && !type.contains("Posting") && !type.contains("Report")) continue;
                    if (date == null && x.hasNonNull("datePublished")) date = x.get("datePublished").asText();
                    if (title == null && x.hasNonNull("headline")) title = x.get("headline").asText();
                    if (author == null) author = name(x.get("author"));
                    if (outlet == null) outlet = name(x.get("publisher"));
                    if (ldBody == null && x.hasNonNull("articleBody")) ldBody = x.get("articleBody").asText();
                }
            } catch (Exception e) {
                // broken JSON-LD is common; the other metadata still counts
            }
        }
        if (date == null) {
            Element t = page.selectFirst("time[datetime]");
            if (t != null) date = t.attr("datetime");
        }
        LocalDate day = DateText.parseIso(date);
        if (day == null && date != null) {
            DateText.Found f = DateText.first(date);
            if (f != null) day = f.date();
        }
        if (day == null && d.url() != null) {
            Matcher m = URL_DATE.matcher(d.url());
            if (m.find()) day = DateText.parseIso(String.format("%s-%02d-%02d", m.group(1),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        if (title == null) {
            Element h1 = page.selectFirst("h1");
            title = h1 != null ? h1.text() : page.title();
        }
        if (outlet == null && d.url() != null) outlet = host(d.url());
        return new Meta(blankToNull(title), day, blankToNull(author), blankToNull(outlet), blankToNull(ldBody));
    }

    private static String name(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.size() == 0 ? null : name(n.get(0));
        if (n.isTextual()) return n.asText();
        return n.hasNonNull("name") ? n.get("name").asText() : null;
    }

    private static String first(org.jsoup.nodes.Document page, String... selectors) {
        for (String s : selectors) {
            Element e = page.selectFirst(s);
            if (e != null && !e.attr("content").isBlank()) return e.attr("content").strip();
        }
        return null;
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
