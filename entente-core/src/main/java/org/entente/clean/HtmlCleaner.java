package org.entente.clean;

import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.time.PublicationDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts the article from a web page: the headline ({@link Headline}), the publication date
 * ({@link PageDate}), author and outlet from {@code <meta>} and JSON-LD ({@link LinkedData}), and the body from the block of the page with the most dense, link-poor prose
 * ({@link ContentScorer}), less the boilerplate lines scraped text also loses.
 */
public final class HtmlCleaner {
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
        LocalDate published = meta.date;
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
        LinkedData ld = LinkedData.of(page);
        String title = d.title() != null ? d.title() : Headline.of(page, ld, d.url());
        LocalDate day = PublicationDate.parse(d.date());
        if (day == null) day = PageDate.of(page, ld, d.url());
        String author = first(page, "meta[name=author]", "meta[property=article:author]");
        if (author == null || author.startsWith("http")) author = ld.articleName("author");
        String outlet = d.outlet() != null ? d.outlet() : first(page, "meta[property=og:site_name]", "meta[name=application-name]");
        if (outlet == null) outlet = ld.articleName("publisher");
        if (outlet == null && d.url() != null) outlet = host(d.url());
        return new Meta(blankToNull(title), day, blankToNull(author), blankToNull(outlet), blankToNull(ld.articleField("articleBody")));
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
