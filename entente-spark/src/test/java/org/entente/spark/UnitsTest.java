package org.entente.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the driver cuts a JSON Lines file: lines counted as readLine counts them, each run read from its own byte. */
class UnitsTest {
    @Test
    void runsStartWhereTheirFirstLineStartsWhateverTheLineEnds(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        String[] ends = {"\n", "\r\n", "\r", "\n\n"};
        for (int i = 0; i < 137; i++) text.append("{\"id\": \"ü").append(i).append("\"}").append(ends[i % ends.length]);
        text.append("{\"id\": \"last\"}"); // no line end
        Path f = dir.resolve("x.jsonl");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text.toString()))) {
            for (String l; (l = r.readLine()) != null; ) lines.add(l);
        }
        Units.Runs runs = Units.runs(f);
        assertEquals(lines.size(), runs.lines());
        assertEquals((lines.size() + Units.LINES_PER_UNIT - 1) / Units.LINES_PER_UNIT, runs.offsets().size());
        byte[] bytes = Files.readAllBytes(f);
        for (int i = 0; i < runs.offsets().size(); i++) {
            int at = Math.toIntExact(runs.offsets().get(i));
            String from = new String(bytes, at, bytes.length - at, StandardCharsets.UTF_8);
            String first = lines.get(i * Units.LINES_PER_UNIT);
            assertEquals(first, from.substring(0, first.length()), "run " + i + " starts at its first line");
        }
        assertEquals(0, Units.runs(Files.writeString(dir.resolve("empty.jsonl"), "")).lines());
    }

    @Test
    void uriInputsGoThroughHadoopAndAMissingConnectorIsAUsageError(@TempDir Path dir) throws IOException {
        for (String uri : List.of("hdfs://namenode:8020/news", "s3a://bucket/news/", "file:/data/news", "file:///data/news")) {
            assertTrue(HadoopFiles.isUri(uri), uri);
        }
        for (String path : List.of("/data/news", "news/2024", "C:/news", "a:b.txt")) assertTrue(!HadoopFiles.isUri(path), path);
        Files.writeString(dir.resolve("b.txt"), "Iran and Russia held talks.");
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"1\", \"text\": \"x\"}\n");
        Files.writeString(dir.resolve(".hidden.txt"), "passed over");
        List<WorkUnit> units = Units.of(List.of(dir.toUri().toString()));
        assertEquals(2, units.size(), units.toString());
        assertTrue(units.get(0).path().endsWith("a.jsonl") && units.get(0).lines(), "sorted by path, a JSON Lines file in runs: " + units);
        assertTrue(units.get(1).path().startsWith("file:") && units.get(1).path().endsWith("b.txt"), units.toString());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Units.of(List.of("s3a://no-such-bucket/news")));
        assertTrue(e.getMessage().contains("no connector"), e.getMessage());
    }
}
