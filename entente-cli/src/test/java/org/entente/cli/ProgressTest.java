package org.entente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What progress counts on and how it says the time left. */
class ProgressTest {
    @Test
    void theTotalCountsFilesAndJsonLinesAndIsUnknownForArchives(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Iran and Russia held talks.");
        Files.writeString(dir.resolve("b.html"), "<p>Iran and Russia held talks.</p>");
        Files.writeString(dir.resolve("c.jsonl"), "{\"id\": \"1\", \"text\": \"x\"}\n\n{\"id\": \"2\", \"text\": \"y\"}\n{\"id\": \"3\", \"text\": \"z\"}\n");
        assertEquals(5, Progress.total(List.of(dir)));
        assertEquals(0, Progress.total(List.of(dir.resolve("missing"))));
        Files.write(dir.resolve("d.warc"), new byte[0]);
        assertEquals(0, Progress.total(List.of(dir)), "a WARC archive's count is unknown until read");
    }

    @Test
    void codeCountsItsSentencesAndExtractSaysNothingOfEvents(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("sentences.jsonl");
        Files.writeString(in, "{\"id\": \"1\", \"text\": \"x\"}\n\n{\"id\": \"2\", \"text\": \"y\"}\n");
        assertEquals(2, Progress.lines(in.toString()));
        assertEquals(0, Progress.lines("-"), "standard input: unknown");
        assertEquals(0, Progress.lines(dir.resolve("missing").toString()));
        assertEquals("1 of 2 sentences, 4.0/s, 3 events so far, about 0 s left",
                new Progress(2, "sentences", true).describe(1, 3, 4.0));
        assertEquals("5 documents, 2.5/s", new Progress(0, "documents", false).describe(5, 0, 2.5));
    }

    @Test
    void theTimeLeftIsSaidInTheUnitThatFits() {
        assertEquals("30 s", Progress.left(30));
        assertEquals("10 min", Progress.left(600));
        assertEquals("2.0 h", Progress.left(7200));
    }
}
