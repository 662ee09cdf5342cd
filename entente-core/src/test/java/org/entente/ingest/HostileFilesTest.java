package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hostile inputs of the reliability issue, each beside a good story: read or refused by name, in bounded memory and time. */
class HostileFilesTest {
    private static final String GOOD = "Iranian President Hassan Rouhani met Russian President Vladimir Putin in Sochi on Monday.";

    private static InputsTest.Collect read(Path dir) throws IOException {
        Files.writeString(dir.resolve("good.txt"), GOOD);
        InputsTest.Collect c = new InputsTest.Collect();
        long t0 = System.nanoTime();
        Inputs.read(List.of(dir), c);
        assertTrue((System.nanoTime() - t0) / 1e9 < 60, "read in bounded time");
        assertEquals(GOOD, c.docs.stream().filter(d -> d.id().equals("good")).findFirst().orElseThrow().text().strip(),
                "the good story beside it is read as alone: " + c.rejected);
        return c;
    }

    @Test
    void aGzipBombIsRefusedByNameWithoutInflatingIt(@TempDir Path dir) throws IOException {
        // 1.5 GB of zeros, about 1.5 MB on disk
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.html.gz")), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1536; i++) o.write(zeros);
        }
        long before = usedHeap();
        InputsTest.Collect c = read(dir);
        assertTrue(c.rejected.stream().anyMatch(r -> r.contains("bomb.html.gz")), c.rejected.toString());
        assertTrue(usedHeap() - before < 512L << 20, "never inflated whole");
    }

    @Test
    void aFiftyMegabyteLineAndATwentyMegabyteJsonTextAreHandled(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("one-line.txt"), "Iran and Russia held talks. ".repeat(50 * 1024 * 1024 / 28));
        String text = "Iran and Russia held talks. ".repeat(20 * 1024 * 1024 / 28);
        Files.writeString(dir.resolve("big.jsonl"), "{\"id\": \"big\", \"text\": \"" + text + "\"}\n{\"id\": \"small\", \"text\": \"" + GOOD + "\"}\n",
                StandardCharsets.UTF_8);
        InputsTest.Collect c = read(dir);
        assertTrue(c.docs.stream().anyMatch(d -> d.id().equals("small")), "the line after a big one is read");
        boolean oneLine = c.docs.stream().anyMatch(d -> d.id().equals("one-line")) || c.rejected.stream().anyMatch(r -> r.contains("one-line.txt"));
        boolean big = c.docs.stream().anyMatch(d -> d.id().equals("big")) || c.rejected.stream().anyMatch(r -> r.contains("big.jsonl:1") && r.contains("too long to read"));
        assertTrue(oneLine && big, "each is read or refused by name: " + c.rejected);
    }

    @Test
    void aSymlinkLoopAndOddFileNamesDoNotStopTheRun(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        Files.writeString(dir.resolve("a name with spaces & ünïcode.txt"), "Turkey and Greece held talks in Athens on Friday.");
        Files.writeString(dir.resolve("-starts-with-a-dash.txt"), "Egypt and Sudan signed an accord on Tuesday.");
        InputsTest.Collect c = read(dir);
        assertTrue(c.docs.stream().anyMatch(d -> d.origin().contains("ünïcode")), c.docs.toString());
        assertTrue(c.docs.stream().anyMatch(d -> d.origin().contains("-starts-with-a-dash")), c.docs.toString());
        assertEquals(3, c.docs.size(), "the loop is not followed: " + c.docs.stream().map(d -> d.origin()).toList());
        assertTrue(c.rejected.stream().anyMatch(r -> r.contains("loop") && r.contains("not followed")), "and it is named: " + c.rejected);
    }

    @Test
    void emptyJsonLinesAndWarcFilesAreNamed(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a.jsonl"), new byte[0]);
        Files.writeString(dir.resolve("b.jsonl"), "\n  \n");
        Files.write(dir.resolve("c.warc"), new byte[0]);
        InputsTest.Collect c = read(dir);
        assertEquals(1, c.docs.size(), "only the good story beside them");
        assertEquals(3, c.rejected.size(), c.rejected.toString());
        assertTrue(c.rejected.get(0).contains("a.jsonl") && c.rejected.get(0).contains("empty file"), c.rejected.toString());
        assertTrue(c.rejected.get(1).contains("b.jsonl") && c.rejected.get(1).contains("blank"), c.rejected.toString());
        assertTrue(c.rejected.get(2).contains("c.warc") && c.rejected.get(2).contains("no WARC records"), c.rejected.toString());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
