package org.entente.clean;

import org.entente.model.Article;
import org.entente.model.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HardWrapsTest {
    /** Wire copy broken at about 60 characters, paragraphs starting with an indent, and a table. */
    private static final String WIRE = String.join("\n",
            "The finance ministry of Ruritania said on Tuesday it would",
            "suspend interest payments on its commercial bank debt for an",
            "indefinite period, citing a steep fall in its export earnings.",
            "    The central bank governor flew to the capital of Freedonia",
            "to explain the decision to the country's creditor banks and",
            "was expected to meet their advisory committee on Friday.",
            "    Exports in the year to March:",
            "      Coffee      1.20      0.95",
            "      Cocoa       0.40      0.38",
            "    Officials gave no date for the resumption of payments.");

    @Test
    void wrappedLinesJoinIntoTheirParagraphs() {
        String[] paragraphs = HardWraps.unwrap(WIRE).split("\n");
        assertTrue(paragraphs[0].startsWith("The finance ministry") && paragraphs[0].endsWith("export earnings."), paragraphs[0]);
        assertTrue(paragraphs[1].contains("Freedonia to explain the decision") && paragraphs[1].endsWith("on Friday."), paragraphs[1]);
        assertEquals(6, paragraphs.length, "two paragraphs, a heading, two table rows and a last paragraph stay lines of their own");
    }

    @Test
    void textWithOneParagraphALineIsLeftAlone() {
        String text = "The ministers met in Vienna on Monday and agreed to extend the talks by two weeks, officials said.\r\n"
                + "Both delegations described the meeting as constructive.\r\n"
                + "A further round is planned for March.";
        assertEquals(text.replace("\r\n", "\n"), HardWraps.unwrap(text));
    }

    @Test
    void theCleanerReadsWrappedCopyAsWholeSentences() {
        Article a = new TextCleaner().clean(new Document("w1", "w1.txt", WIRE, null, null, null, "2024-03-05", null));
        assertTrue(a.text().contains("it would suspend interest payments"), a.text());
        assertTrue(!a.text().contains("would\n"), a.text());
    }
}
