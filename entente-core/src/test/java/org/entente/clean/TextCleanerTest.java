package org.entente.clean;

import org.entente.model.Article;
import org.entente.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCleanerTest {
    private static final String BODY = "The foreign ministers of Armenia and Georgia met in Tbilisi on Tuesday to discuss "
            + "a new railway link, officials in both capitals said after the talks.";

    private static Article clean(String raw) {
        return new TextCleaner().clean(Document.ofText("t", "test", raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"News ID: 48213", "News Code: 99120034", "0 Persons", "3 min read", "Security Key:",
            "Captcha refresh", "Page Generated in 0/0412 sec", "Share on Facebook", "Follow us on Twitter @SomeWire",
            "Leave a Reply", "Your email address will not be published. Required fields are marked *",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.", "Add new comment",
            "Read our comment policy before posting your viewpoints", "Copyright © 2019 Caspian Herald. All rights reserved.",
            "Random Link:", "Tags: Iran, Georgia, rail", "Advertisement", "42"})
    void junkLinesAreDropped(String junk) {
        Article a = clean("Railway talks\n\n" + BODY + "\n\n" + junk + "\n\nA second paragraph follows here with enough words to count as prose.");
        assertFalse(a.text().contains(junk), "kept: " + junk);
        assertTrue(a.text().contains("A second paragraph follows"));
    }

    @Test
    void shortRealParagraphsStay() {
        Article a = clean("Railway talks\n\n" + BODY + "\n\nThe talks will resume in May.\n\nNo date was set.\n\nShare prices rose.");
        assertTrue(a.text().contains("The talks will resume in May."));
        assertTrue(a.text().contains("No date was set."));
        assertTrue(a.text().contains("Share prices rose."));
    }

    @Test
    void repeatedHeadlineIsTheTitleAndBylineTheAuthor() {
        Article a = clean("News ID: 1234\nPublished: 0915 GMT May 14, 2019\n\nRail link talks in Tbilisi\n\nRail link talks in Tbilisi\n\n"
                + "By Nino Beridze\n\n" + BODY);
        assertEquals("Rail link talks in Tbilisi", a.title());
        assertEquals("Nino Beridze", a.author());
        assertEquals(LocalDate.of(2019, 5, 14), a.published());
        assertFalse(a.text().contains("Rail link talks in Tbilisi"));
        assertTrue(a.text().startsWith("The foreign ministers"));
    }

    @Test
    void nameRepeatedOnItsOwnLineIsTheAuthor() {
        Article a = clean("March 3, 2021\n\nA railway for the Caucasus\n\n4 min read\nTamar Kvaratskhelia\n\nTamar Kvaratskhelia\n\n" + BODY);
        assertEquals("A railway for the Caucasus", a.title());
        assertEquals("Tamar Kvaratskhelia", a.author());
        assertEquals(LocalDate.of(2021, 3, 3), a.published());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published: 0404 GMT August 09, 2016", "Aug 9, 2016, 10:12 AM", "August 9, 2016", "9 August 2016", "2016-08-09"})
    void headerDateShapes(String header) {
        assertEquals(LocalDate.of(2016, 8, 9), clean(header + "\n\nRail talks\n\n" + BODY).published());
    }

    @Test
    void agencyDatelineGivesCityAndOutletAndLeavesTheBody() {
        Article a = clean("Jun 12, 2019, 08:30 AM\nRail talks\n\nTbilisi, June 12, GNA - " + BODY);
        assertEquals("Tbilisi", a.dateline());
        assertEquals("GNA", a.outlet());
        assertTrue(a.text().startsWith("The foreign ministers"), a.text());
    }

    @Test
    void aCityInCapitalsBeforeADashIsTheDateline() {
        Article a = clean("Rail talks\n\nTBILISI, Georgia - " + BODY);
        assertEquals("Tbilisi", a.dateline());
        assertTrue(a.text().startsWith("The foreign ministers"), a.text());
        assertNull(clean("Rail talks\n\nIran - Russia talks resumed on Monday in Tehran.").dateline(), "a dyad, not a dateline");
    }

    @Test
    void signatureLinesGiveTheOutlet() {
        assertEquals("Caucasus Daily", clean("Rail talks\n\n" + BODY + "\n\nSource: Caucasus Daily (an English-language paper)").outlet());
        assertEquals("Caucasusmonitor.com", clean("Rail talks\n\n" + BODY + "\n\nCaucasusmonitor.com").outlet());
    }

    @Test
    void noStatedDateMeansNoPublishedDateButAnInferredBound() {
        Article a = clean("Rail talks\n\n" + BODY + "\n\nThe line was first proposed in Sept. 2015 and studied since late 2016.");
        assertNull(a.published());
        assertEquals(LocalDate.of(2016, 12, 31), a.inferredAfter());
        Article none = clean("Rail talks\n\n" + BODY);
        assertNull(none.published());
        assertNull(none.inferredAfter());
    }

    @Test
    void givenDateWins() {
        Article a = new TextCleaner().clean(new Document("t", "test", "August 9, 2016\n\n" + BODY, null, null, null, "2016-08-10", null));
        assertEquals(LocalDate.of(2016, 8, 10), a.published());
    }

    @Test
    void englishIsRecognisedAndOtherLanguagesFlagged() {
        assertEquals("en", clean("Rail talks\n\n" + BODY).language());
        assertEquals("fr", Language.guess("Les ministres des affaires étrangères se sont réunis à Tbilissi pour discuter de la ligne et des accords."));
        assertEquals("ru", Language.guess("Министры иностранных дел встретились в Тбилиси."));
        // one short English sentence is not taken for another language (the profiles heard Estonian)
        assertEquals("und", Language.guess("Pakistani militants attacked Pakistani troops on Tuesday.").replace("en", "und"));
    }
}
