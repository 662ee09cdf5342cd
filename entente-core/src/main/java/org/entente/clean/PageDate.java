package org.entente.clean;

import org.entente.time.DateText;
import org.entente.time.WrittenDate;
import org.entente.time.PublicationDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page's publication date, from the most to the least explicit source: the publication
 * meta tags (Open Graph {@code article:published_time}, then Dublin Core, {@code citation_},
 * Parse.ly and similar), JSON-LD {@code datePublished} (articles first, also inside
 * {@code @graph}), {@code itemprop="datePublished"} and {@code <time>} elements, the date in the
 * URL, and last a date written near the headline (a byline's dateline). Modified and updated dates
 * are never taken for published ones. Each value is read by {@link PublicationDate}: the calendar
 * date in the zone the page states.
 */
final class PageDate {
    /** Meta keys (name, property or itemprop, lower case) that name the publication date, best first. */
    private static final List<List<String>> META = List.of(
            List.of("article:published_time", "og:article:published_time", "article:published", "og:published_time",
                    "published_time", "datepublished"),
            List.of("dc.date.issued", "dcterms.issued", "citation_publication_date", "citation_date",
                    "citation_online_date", "prism.publicationdate", "parsely-pub-date", "sailthru.date",
                    "article.published", "article_date_original", "publish-date", "publish_date", "publishdate",
                    "published-date", "published_date", "published", "pubdate", "pub_date", "og:pubdate",
                    "original-publish-date", "originalpublicationdate", "displaydate", "rnews:datepublished",
                    "dcsext.articlefirstpublished", "sn-post-date", "analyticsattributes.articledate"),
            List.of("dc.date", "dcterms.date", "date", "dc.date.created", "dcterms.created", "article.created",
                    "datecreated", "pdate"));
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2]|[1-9])[/-]?(0[1-9]|[12]\\d|3[01]|[1-9])(?:/|[-_.]|$)");
    private static final Pattern NOT_PUBLISHED = Pattern.compile("(?i)modif|updat|edited|revis|expir|copyright");
    private static final Pattern DATE_BOX = Pattern.compile("(?i)date|byline|posted|publish|timestamp|dateline|meta");
    private static final int NEAR_HEADLINE = 600;

    private PageDate() {
    }

    static LocalDate of(Document page, LinkedData ld, String url) {
        String stated = meta(page, 0);
        if (stated == null) stated = ld.articleField("datePublished");
        if (stated == null) stated = meta(page, 1);
        if (stated == null) stated = ld.field("datePublished");
        if (stated == null) stated = itemprop(page);
        if (stated == null) stated = meta(page, 2);
        if (stated == null) stated = ld.field("dateCreated");
        if (stated == null) stated = timeElement(page);
        LocalDate d = PublicationDate.parse(stated);
        int hour = PublicationDate.utcHour(stated);
        if (d != null && hour >= 0 && hour < 12) {
            // early in a UTC day it is still the day before in the Americas: the date the page shows says which
            LocalDate shown = nearHeadline(page);
            if (shown != null && shown.equals(d.minusDays(1))) d = shown;
        }
        if (d == null) d = fromUrl(url);
        if (d == null) d = fromUrl(canonical(page));
        if (d == null) d = nearHeadline(page);
        return d;
    }

    /** The first readable value among the meta tags of this rank. */
    private static String meta(Document page, int rank) {
        for (String key : META.get(rank)) {
            for (Element m : page.getElementsByTag("meta")) {
                if (key.equals(metaKey(m)) && PublicationDate.parse(m.attr("content")) != null) return m.attr("content");
            }
        }
        return null;
    }

    private static String metaKey(Element m) {
        for (String a : new String[]{"property", "name", "itemprop"}) {
            String v = m.attr(a).strip();
            if (!v.isEmpty()) return v.toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /** {@code itemprop="datePublished"} on an element other than meta: its datetime, content or text. */
    private static String itemprop(Document page) {
        for (Element e : page.select("[itemprop=datePublished]:not(meta)")) {
            String d = elementDate(e);
            if (d != null) return d;
        }
        return null;
    }

    /** A {@code <time>} marked as the publication, else the first one not marked as an update. */
    private static String timeElement(Document page) {
        for (Element t : page.select("time[pubdate], time.published, time[class*=publish]")) {
            String d = elementDate(t);
            if (d != null) return d;
        }
        for (Element t : page.select("time")) {
            String around = t.parent() != null && t.parent().text().length() < 200 ? t.parent().text() : t.text();
            if (NOT_PUBLISHED.matcher(t.className() + " " + t.attr("itemprop") + " " + around).find()) continue;
            String d = elementDate(t);
            if (d != null) return d;
        }
        return null;
    }

    /** The element's readable date value: its datetime, content or data attribute, else its text. */
    private static String elementDate(Element e) {
        for (String a : new String[]{"datetime", "content", "data-datetime", "data-timestamp"}) {
            if (PublicationDate.parse(e.attr(a)) != null) return e.attr(a);
        }
        return PublicationDate.parse(e.text()) != null ? e.text() : null;
    }

    static LocalDate fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The page's own address as it declares it (canonical link or {@code og:url}), or null. */
    static String canonical(Document page) {
        Element c = page.selectFirst("link[rel=canonical], meta[property=og:url]");
        if (c == null) return null;
        String v = c.hasAttr("href") ? c.attr("href") : c.attr("content");
        return v.isBlank() ? null : v;
    }

    /** The first written date in the headline's neighbourhood or a byline box, unless it says it is an update. */
    private static LocalDate nearHeadline(Document page) {
        if (page.body() == null) return null;
        String text = page.body().text();
        Locale language = Locale.forLanguageTag(page.select("html[lang]").attr("lang").strip());
        Element h1 = page.selectFirst("h1");
        int at = h1 == null || h1.text().isBlank() ? -1 : text.indexOf(h1.text());
        if (at >= 0) {
            LocalDate d = written(text.substring(at, Math.min(text.length(), at + h1.text().length() + NEAR_HEADLINE)), language);
            if (d != null) return d;
        }
        for (Element e : page.body().select("[class], [id]")) {
            if (!DATE_BOX.matcher(e.className() + " " + e.id()).find() || e.text().length() > 200) continue;
            LocalDate d = written(e.text(), language);
            if (d != null) return d;
        }
        return null;
    }

    private static LocalDate written(String s, Locale language) {
        DateText.Found f = WrittenDate.first(s, language);
        if (f == null) return null;
        String before = s.substring(Math.max(0, f.start() - 24), f.start());
        return NOT_PUBLISHED.matcher(before).find() ? null : f.date();
    }
}
