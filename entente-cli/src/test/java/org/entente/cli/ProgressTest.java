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
    void theTimeLeftIsSaidInTheUnitThatFits() {
        assertEquals("30 s", Progress.left(30));
        assertEquals("10 min", Progress.left(600));
        assertEquals("2.0 h", Progress.left(7200));
    }
}
