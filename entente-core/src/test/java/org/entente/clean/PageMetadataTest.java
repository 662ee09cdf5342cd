package org.entente.clean;

import org.entente.model.Article;
import org.entente.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Publication dates and headlines of pages written here, one form per case. */
class PageMetadataTest {
    private static final String BODY = "<p>The ministers of Chile and Peru met in Lima to talk about water rights along "
            + "their border, their offices said after a long day of talks in the capital.</p>"
            + "<p>Both sides agreed to name experts who will report on the shared aquifers before the end of the year.</p>";

    private static Article clean(String head, String body, String url) {
        String html = "<html><head>" + head + "</head><body>" + body + "<article>" + BODY + "</article></body></html>";
        return new HtmlCleaner().clean(new Document("p", "test", null, html, null, url, null, null));
    }

    private static LocalDate published(String head, String body) {
        return clean(head, body, null).published();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<meta property='article:published_time' content='2024-10-22T11:27:47-07:00'>|2024-10-22",
            "<meta property='article:published_time' content='2024-10-22T23:27:47-07:00'>|2024-10-22",
            "<meta property='og:article:published_time' content='2023-01-05T08:00:00+01:00'>|2023-01-05",
            "<meta name='dc.date.issued' content='2021-06-30'>|2021-06-30",
            "<meta name='DC.date' content='2021-06-29'>|2021-06-29",
            "<meta name='citation_publication_date' content='2020/03/17'>|2020-03-17",
            "<meta name='parsely-pub-date' content='2022-02-24T03:40:00Z'>|2022-02-24",
            "<meta name='sailthru.date' content='Fri, 14 Mar 2025 16:35:50 GMT'>|2025-03-14",
            "<meta itemprop='datePublished' content='2019-11-18'>|2019-11-18",
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-02T10:00:00+02:00\"}</script>|2024-05-02",
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"dateModified\":\"2024-07-01\"},{\"@type\":[\"Article\",\"BlogPosting\"],\"datePublished\":\"2024-06-11T12:00:00+00:00\",\"dateModified\":\"2024-07-01T09:00:00+00:00\"}]}</script>|2024-06-11",
            "<script type='application/ld+json'>[{\"@type\":\"WebPage\",\"datePublished\":\"2018-02-03T15:00:00-05:00\"}]</script>|2018-02-03",
    })
    void readsThePublicationDateFromMetadata(String head, String expected) {
        assertEquals(LocalDate.parse(expected), published(head.replace('\'', '"'), "<h1>Water talks in Lima</h1>"));
    }

    @Test
    void readsTimeElementsAndItemprops() {
        assertEquals(LocalDate.of(2017, 8, 9), published("", "<h1>Water talks</h1><time datetime='2017-08-09T17:00:00-04:00'>Aug 9</time>"));
        assertEquals(LocalDate.of(2017, 8, 10), published("", "<h1>Water talks</h1><span itemprop='datePublished' content='2017-08-10'>Thursday</span>"));
        assertEquals(LocalDate.of(2017, 8, 11), published("", "<h1>Water talks</h1><time class='updated' datetime='2017-09-01'>Updated</time>"
                + "<time pubdate datetime='2017-08-11'>August 11</time>"));
    }

    @Test
    void neverTakesAModifiedDateForThePublishedOne() {
        String head = "<meta property='article:modified_time' content='2024-07-01T09:00:00Z'>"
                + "<meta property='og:updated_time' content='2024-07-01T09:00:00Z'>"
                + "<script type='application/ld+json'>{\"@type\":\"Article\",\"dateModified\":\"2024-07-01\"}</script>";
        assertNull(published(head, "<h1>Water talks</h1>"));
        assertEquals(LocalDate.of(2024, 6, 3), clean(head, "<h1>Water talks</h1>", "https://news.example/2024/06/03/water-talks").published());
        assertNull(published("", "<h1>Water talks</h1><p class='byline'>Updated March 3, 2024</p>"));
    }

    @Test
    void fallsBackOnTheUrlAndThenOnTheBylineDate() {
        assertEquals(LocalDate.of(2022, 1, 7), clean("", "<h1>Water talks</h1>", "https://news.example/world/2022/01/07/water").published());
        assertEquals(LocalDate.of(2022, 1, 8), clean("<link rel='canonical' href='https://news.example/20220108/water'>", "<h1>Water talks</h1>", null).published());
        assertEquals(LocalDate.of(2019, 11, 18), published("", "<h1>Water talks</h1><div>VICTOR SMITH, WIRE 18 NOV 2019</div>"));
        assertEquals(LocalDate.of(2018, 9, 25), published("", "<h1>Wassergespräche</h1><div>Von Moritz Berg, publiziert am 25. September 2018</div>"));
        assertNull(clean("", "<h1>Gespräche</h1><p>Von Anna, 30. Juli 2018</p>", null).published()); // German needs the page's language
        Article de = new HtmlCleaner().clean(new Document("p", "t", null, "<html lang='de'><body><h1>Gespräche</h1><p>Von Anna, 30. Juli 2018</p>"
                + "<article>" + BODY + "</article></body></html>", null, null, null, null));
        assertEquals(LocalDate.of(2018, 7, 30), de.published());
    }

    @Test
    void anEarlyUtcStampIsTheDayThePageShows() {
        String head = "<meta property='article:published_time' content='2019-11-20T01:53:14.418Z'>";
        assertEquals(LocalDate.of(2019, 11, 19), published(head, "<h1>Water talks</h1><p>By A. Writer Nov. 19, 2019 5:53 PM</p>"));
        assertEquals(LocalDate.of(2019, 11, 20), published(head, "<h1>Water talks</h1><p>By A. Writer</p>"));
        String late = "<meta property='article:published_time' content='2019-11-20T21:53:14Z'>";
        assertEquals(LocalDate.of(2019, 11, 20), published(late, "<h1>Water talks</h1><p>Nov. 19, 2019</p>"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
            "<title>Water talks open in Lima | Andes Daily</title><meta property='og:site_name' content='Andes Daily'>#<h1>Andes Daily</h1>#https://andesdaily.example/x#Water talks open in Lima",
            "<title>How to winterize your sprinklers - Vivint</title>##https://www.vivint.example/resources/article/winterize#How to winterize your sprinklers",
            "<title>New clinic opens on the South Side - UChicago Medicine</title>##https://www.uchicagomedicine.example/news/clinic#New clinic opens on the South Side",
            "<title>Autumn light in the hills — Scott Davenport Photography</title><meta property='og:site_name' content='Scott Davenport Photography'>##-#Autumn light in the hills",
            "<title>Chile - Peru: water talks open | World | The Times Example</title>##https://www.thetimesexample.co.uk/article/x#Chile - Peru: water talks open",
            "<meta property='og:title' content='Water talks open in Lima'><title>Water talks open in Lima - Andes Daily</title>#<h1 class='logo'>Andes Daily</h1><h1>Water talks open in Lima</h1>#https://andesdaily.example/x#Water talks open in Lima",
            "<title>Peru, Chile agree on aquifers | Andes Daily</title>#<h1>Peru and Chile agree to study shared aquifers</h1>#https://andesdaily.example/x#Peru and Chile agree to study shared aquifers",
            "<title>Aquifer deal - Andes Daily</title>#<h1 itemprop='headline'>Peru and Chile sign an aquifer deal</h1>#https://andesdaily.example/x#Peru and Chile sign an aquifer deal",
            "<title>Why the Andes - and its water - matter</title>##-#Why the Andes - and its water - matter",
    })
    void theHeadlineWithoutTheSite(String head, String body, String url, String expected) {
        Article a = clean(head.replace('\'', '"'), body == null ? "" : body.replace('\'', '"'), url.equals("-") ? null : url);
        assertEquals(expected, a.title());
    }
}
