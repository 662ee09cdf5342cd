package org.entente.ingest;

import org.entente.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publication dates of JSON Lines documents under the names and in the forms feeds use. */
class JsonlDatesTest {
    private static final class Sink extends InputsTest.Collect {
        final List<String> warnings = new ArrayList<>();

        @Override
        public void warn(String origin, String message) {
            warnings.add(origin + ": " + message);
        }
    }

    private static Sink read(Path dir, String... lines) throws IOException {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n");
        Sink sink = new Sink();
        Inputs.read(List.of(f), sink);
        return sink;
    }

    private static String line(String id, String field, String jsonValue) {
        return "{\"id\": \"" + id + "\", \"text\": \"Officials met in Lima.\", \"" + field + "\": " + jsonValue + "}";
    }

    @Test
    void everyUsualFieldAndFormIsRead(@TempDir Path dir) throws IOException {
        Sink s = read(dir,
                line("a", "date", "\"2025-03-14T16:35:50Z\""),
                line("b", "published", "\"2024-10-22T23:27:47-07:00\""),
                line("c", "publish_date", "\"Fri, 14 Mar 2025 16:35:50 GMT\""),
                line("d", "datePublished", "\"2025-03-14\""),
                line("e", "pubDate", "\"Tue, 1 Nov 2016 22:05:00 -0500\""),
                line("f", "seendate", "\"20250314T163550Z\""),
                line("g", "timestamp", "1741970150"),
                line("h", "timestamp", "1741970150000"),
                line("i", "date", "\"20250314163550\""),
                line("j", "published_at", "\"2025-03-14 16:35:50\""));
        List<String> dates = s.docs.stream().map(Document::date).toList();
        assertEquals(List.of("2025-03-14", "2024-10-22", "2025-03-14", "2025-03-14", "2016-11-01", "2025-03-14",
                "2025-03-14", "2025-03-14", "2025-03-14", "2025-03-14"), dates);
        assertTrue(s.warnings.isEmpty(), s.warnings.toString());
    }

    @Test
    void aModifiedDateIsNeverThePublishedOne(@TempDir Path dir) throws IOException {
        Sink s = read(dir, "{\"id\": \"a\", \"text\": \"Officials met.\", \"modified\": \"2025-03-15\", \"dateModified\": \"2025-03-15\"}");
        assertNull(s.docs.get(0).date());
    }

    @Test
    void anUnreadableDateIsWarnedAboutByFileAndLineAndTheDocumentIsKept(@TempDir Path dir) throws IOException {
        Sink s = read(dir, line("a", "date", "\"2025-03-14\""), line("b", "date", "\"the ides of March\""),
                line("c", "date", "\"2025-03-14\""));
        assertEquals(3, s.docs.size());
        assertNull(s.docs.get(1).date());
        assertEquals(1, s.warnings.size());
        String w = s.warnings.get(0);
        assertTrue(w.contains("feed.jsonl:2") && w.contains("the ides of March") && w.contains("\"date\""), w);
        assertTrue(s.rejected.isEmpty());
    }

    @Test
    void aReadableAliasStillDatesADocumentWhoseFirstFieldIsUnreadable(@TempDir Path dir) throws IOException {
        Sink s = read(dir, "{\"id\": \"a\", \"text\": \"Officials met.\", \"date\": \"soon\", \"pubDate\": \"2025-03-14T01:00:00Z\"}");
        assertEquals("2025-03-14", s.docs.get(0).date());
        assertEquals(1, s.warnings.size());
    }
}
