package org.entente.clean;

import org.entente.model.Article;
import org.entente.model.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlCleanerTest {
    private static Article clean(String html, String url) {
        return new HtmlCleaner().clean(new Document("p", "test", null, html, null, url, null, null));
    }

    private static final String PARAS = "<p>The foreign ministers of Armenia and Georgia met in Tbilisi on Tuesday to discuss a new "
            + "railway link, officials in both capitals said after the talks, which lasted five hours.</p>"
            + "<p>The two sides agreed to set up a working group, according to a statement, and to meet again in the autumn in Yerevan.</p>"
            + "<p>Trade between the neighbours has grown, and both governments hope the link will carry freight by 2030, the statement added.</p>";

    @Test
    void mainContentAndMetadata() {
        String html = "<html><head><title>Rail talks | Caucasus Monitor</title>"
                + "<meta property=\"og:title\" content=\"Rail talks in Tbilisi\">"
                + "<meta property=\"og:site_name\" content=\"Caucasus Monitor\">"
                + "<meta property=\"article:published_time\" content=\"2019-05-14T09:15:00Z\">"
                + "<meta name=\"author\" content=\"Nino Beridze\"></head><body>"
                + "<nav><a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a></nav>"
                + "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies?</div>"
                + "<article><h1>Rail talks in Tbilisi</h1>" + PARAS + "</article>"
                + "<div class=\"related\"><ul><li><a href=/a>Other story one about something</a></li><li><a href=/b>Other story two</a></li></ul></div>"
                + "<footer>Copyright 2019 Caucasus Monitor</footer></body></html>";
        Article a = clean(html, "https://caucasusmonitor.example/2019/05/14/rail");
        assertEquals("Rail talks in Tbilisi", a.title());
        assertEquals(LocalDate.of(2019, 5, 14), a.published());
        assertEquals("Nino Beridze", a.author());
        assertEquals("Caucasus Monitor", a.outlet());
        assertTrue(a.text().startsWith("The foreign ministers"), a.text());
        assertTrue(a.text().contains("freight by 2030"));
        assertFalse(a.text().contains("Other story"));
        assertFalse(a.text().contains("cookies"));
        assertEquals(3, a.text().split("\n\n").length);
    }

    @Test
    void jsonLdAndUrlDates() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Rail deal\","
                + "\"datePublished\":\"2020-02-03\",\"author\":{\"name\":\"A. Writer\"},\"publisher\":{\"name\":\"Daily Rail\"}}</script>";
        Article a = clean("<html><head>" + ld + "</head><body><div>" + PARAS + "</div></body></html>", null);
        assertEquals(LocalDate.of(2020, 2, 3), a.published());
        assertEquals("Rail deal", a.title());
        assertEquals("A. Writer", a.author());
        assertEquals("Daily Rail", a.outlet());
        Article b = clean("<html><body><div>" + PARAS + "</div></body></html>", "https://x.example/news/2018/04/17/story.html");
        assertEquals(LocalDate.of(2018, 4, 17), b.published());
        assertEquals("x.example", b.outlet());
    }

    @Test
    void scriptRenderedPagesFallBackToTheDeclaredArticleBody() {
        String body = "Rail talks resumed in Tbilisi on Tuesday between the two ministers.\\n\\nThey agreed on a timetable for the "
                + "new link and asked their deputies to draft a treaty before the winter, the statement said. ".repeat(8);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Rail\","
                + "\"articleBody\":\"" + body + "\"}</script></head><body><div id=app>Loading...</div></body></html>";
        Article a = clean(html, null);
        assertTrue(a.text().startsWith("Rail talks resumed in Tbilisi"), a.text());
        assertEquals(2, a.text().split("\n\n").length);
    }

    @Test
    void brokenAndDeeplyNestedPagesAreHandled() {
        Article broken = clean("<html><body><div><p>Unclosed paragraph about the talks between the two ministers in the capital city"
                + "<div><p>Another one without an end, still about the talks and the railway link between them", null);
        assertTrue(broken.text().contains("Unclosed paragraph"));
        String deep = "<div>".repeat(20000) + "<p>Deep text about the railway talks between the two ministers today.</p>" + "</div>".repeat(20000);
        Article a = clean("<html><body>" + deep + "</body></html>", null);
        assertTrue(a.text().length() < 10_000);
    }

    /**
     * A hostile page of 100,000 nested, unclosed elements: its text is read in one pass over the
     * page (it took minutes when every block's text was asked of it). The time limit only stops a
     * hang from stalling the build; speed is measured in bench.
     */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void deeplyNestedPagesAreReadInOnePass() {
        String html = "<html><body>" + "<div><span>".repeat(100_000) + "<p>" + "Ruritania and Freedonia signed a rail deal on Monday. ".repeat(5);
        Article a = clean(html, null);
        assertTrue(a.text().startsWith("Ruritania and Freedonia signed a rail deal"), a.text());
    }
}
