package org.entente.pipeline;

import org.entente.model.Article;
import org.entente.model.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Lower bounds for undated articles from who holds which office, on text we write. */
class DateBoundTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static Article extract(String text) {
        return PIPELINE.extract(new Document("t", "test.txt", text, null, null, null, null, null));
    }

    @Test
    void aTitleUsedAloneBoundsTheArticleByTheNamedHoldersOffice() {
        Article a = extract("Talks in Moscow\n\nThe Iranian president arrived in Moscow for talks on energy.\n\n"
                + "Ebrahim Raisi met Vladimir Putin at the Kremlin and the two discussed gas swaps.");
        assertEquals("2021-08-03", String.valueOf(a.inferredAfter()));
    }

    @Test
    void aNameWithoutAnyTitleGivesNoBound() {
        Article a = extract("Talks in Moscow\n\nEbrahim Raisi met officials in Moscow to discuss gas swaps and trade.");
        assertNull(a.published());
        assertNull(a.inferredAfter());
    }
}
