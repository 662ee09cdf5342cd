package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands as a user runs them, on files we write. */
class CliTest {
    record Run(int status, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> out = new ArrayList<>();
            for (String l : this.out.split("\n")) if (!l.isBlank()) out.add(Json.MAPPER.readTree(l));
            return out;
        }
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static final String ARTICLE = """
            Published: 1030 GMT June 12, 2019

            Rouhani and Putin meet in Dushanbe

            Iranian President Hassan Rouhani held talks with Russian President Vladimir Putin on Tuesday on the sidelines of a regional summit in Dushanbe, officials said.

            The two leaders discussed trade and the nuclear deal, according to a statement released after the meeting.
            """;

    @Test
    void badFilesAreNamedAndGoodEventsWritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Files.write(dir.resolve("blob.txt"), new byte[]{0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run r = run("events", dir.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("blob.txt") && r.err().contains("empty.txt"), r.err());
        List<JsonNode> events = r.lines();
        assertTrue(events.stream().anyMatch(e -> e.get("root").asText().equals("04")
                && e.get("source").get("code").asText().equals("IRNGOV")
                && e.get("target").get("code").asText().equals("RUSGOV")
                && e.get("date").asText().equals("2019-06-11")), r.out());
        for (JsonNode e : events) {
            for (String f : List.of("doc", "sentence", "source", "target", "cameo", "root", "quadClass", "goldstein",
                    "plover", "date", "dateGrain", "evidence", "confidence")) {
                assertTrue(e.has(f), "missing " + f + " in " + e);
            }
            assertEquals("good", e.get("doc").asText());
        }
    }

    @Test
    void codeTakesSentencesAndActorsResolvesByDate(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"s1\", \"text\": \"Rouhani met Putin in Moscow.\", \"date\": \"2017-03-28\"}\n"
                + "{\"id\": \"s2\", \"text\": \"Rouhani met Putin in Moscow.\", \"date\": \"2023-03-28\"}\n");
        Run code = run("code", in.toString());
        assertEquals(0, code.status(), code.err());
        assertTrue(code.lines().stream().anyMatch(e -> e.get("doc").asText().equals("s1") && e.get("root").asText().equals("04")), code.out());
        Run actors = run("actors", in.toString());
        assertEquals(0, actors.status(), actors.err());
        List<JsonNode> ms = actors.lines();
        assertTrue(ms.stream().anyMatch(m -> m.get("doc").asText().equals("s1") && m.get("code").asText().equals("IRNGOV")), actors.out());
        assertTrue(ms.stream().anyMatch(m -> m.get("doc").asText().equals("s2") && m.get("text").asText().equals("Rouhani")
                && !m.get("code").asText().equals("IRNGOV")), actors.out());
    }

    @Test
    void analyzeTwiceAddsNothingAndTimelineIsOrdered(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path db = dir.resolve("store.duckdb");
        Run first = run("analyze", dir.toString(), "--db", db.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("1 read"), first.out());
        assertTrue(first.out().contains("IRN-RUS"), first.out());
        Run second = run("analyze", dir.toString(), "--db", db.toString());
        assertTrue(second.out().contains("0 read") && second.out().contains("1 already stored"), second.out());
        Run timeline = run("timeline", "--db", db.toString(), "--dyad", "RUS-IRN");
        assertEquals(0, timeline.status(), timeline.err());
        assertTrue(timeline.out().contains("2019-06-11"), timeline.out());
        Run usage = run("timeline", "--db", db.toString());
        assertEquals(2, usage.status());
        Run byName = run("timeline", "--db", db.toString(), "--dyad", "iran-Russia");
        assertEquals(0, byName.status(), byName.err());
        assertEquals(timeline.out(), byName.out(), "states by name give the same timeline as by code");
        Run unknown = run("timeline", "--db", db.toString(), "--dyad", "IRAN-RUSSAI");
        assertEquals(2, unknown.status(), unknown.err());
        assertTrue(unknown.err().contains("RUSSAI") && unknown.err().contains("RUS"), "names the bad side and the state meant: " + unknown.err());
    }

    @Test
    void readingCommandsRefuseAMissingStoreAndEveryCommandHasHelp(@TempDir Path dir) {
        Path db = dir.resolve("nope.duckdb");
        for (String[] args : new String[][]{{"timeline", "--dyad", "IRN-RUS", "--db", db.toString()},
                {"export", "--format", "jsonl", "--db", db.toString()}}) {
            Run r = run(args);
            assertEquals(2, r.status(), r.err());
            assertTrue(r.err().contains("no store at " + db), r.err());
            assertFalse(Files.exists(db), "a reading command must not create a store");
        }
        for (String command : new String[]{"events", "code", "extract", "actors", "analyze", "timeline", "export", "bench", "train"}) {
            Run help = run(command, "--help");
            assertEquals(0, help.status(), command + ": " + help.err());
            assertTrue(help.out().contains("Usage: entente " + command), command + ": " + help.out());
        }
    }

    @Test
    void aKilledAnalyzeResumesWithoutDuplicatesOrLosses(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        int n = 60;
        for (int i = 0; i < n; i++) {
            Files.writeString(in.resolve(String.format("a%03d.txt", i)), ARTICLE.replace("Dushanbe", "Dushanbe (report " + i + ")"));
        }
        Path db = dir.resolve("store.duckdb");
        Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "analyze", in.toString(), "--db", db.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && p.isAlive() && !(Files.exists(db) && Files.size(db) > 0)) Thread.sleep(100);
        Thread.sleep(4000); // let it store some documents, then kill it mid-run
        p.destroyForcibly().waitFor();
        Run second = run("analyze", in.toString(), "--db", db.toString());
        assertEquals(0, second.status(), second.err());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
             java.sql.Statement st = c.createStatement()) {
            java.sql.ResultSet docs = st.executeQuery("SELECT count(*), count(DISTINCT hash) FROM documents");
            docs.next();
            assertEquals(n, docs.getInt(1), "nothing missing");
            assertEquals(n, docs.getInt(2), "no duplicate document");
            java.sql.ResultSet ev = st.executeQuery("SELECT count(*), count(DISTINCT doc) FROM events");
            ev.next();
            assertEquals(n, ev.getInt(2), "every document's events are stored");
            java.sql.ResultSet dup = st.executeQuery("SELECT count(*) FROM (SELECT doc, sentence, cameo, source_code, target_code, "
                    + "count(*) AS k FROM events GROUP BY ALL HAVING k > 1)");
            dup.next();
            assertEquals(0, dup.getInt(1), "no duplicate event");
        }
        Run third = run("analyze", in.toString(), "--db", db.toString());
        assertTrue(third.out().contains("0 read") && third.out().contains(n + " already stored"), third.out());
    }

    @Test
    void exportsAreReadableByOtherTools(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path db = dir.resolve("db").resolve("store.duckdb");
        assertEquals(0, run("analyze", dir.resolve("a.txt").toString(), "--db", db.toString()).status());
        Path out = dir.resolve("out");
        Run gdelt = run("export", "--db", db.toString(), "--format", "gdelt", "--out", out.toString());
        assertEquals(0, gdelt.status(), gdelt.err());
        List<String> rows = Files.readAllLines(out.resolve("entente.export.CSV"));
        assertTrue(!rows.isEmpty());
        for (String row : rows) assertEquals(61, row.split("\t", -1).length, row);
        String sourceUrl = rows.get(0).split("\t", -1)[60];
        assertEquals(dir.resolve("a.txt").toAbsolutePath().normalize().toUri().toString(), sourceUrl, "a .txt input's SOURCEURL is its file: URI");
        for (String row : Files.readAllLines(out.resolve("entente.mentions.CSV"))) assertEquals(16, row.split("\t", -1).length);
        Run parquet = run("export", "--db", db.toString(), "--format", "parquet", "--out", out.toString());
        assertEquals(0, parquet.status(), parquet.err());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*), min(cameo) FROM read_parquet('" + out.resolve("events.parquet") + "')")) {
            rs.next();
            assertTrue(rs.getInt(1) > 0);
        }
        Run jsonl = run("export", "--db", db.toString(), "--format", "jsonl");
        assertTrue(jsonl.lines().stream().allMatch(e -> e.has("mentions") && e.has("sources") && e.has("root")), jsonl.out());
    }

    @Test
    void hugeOneLineFileIsReadWithinBoundedMemoryAndRefusedByNameForCoding(@TempDir Path dir) throws IOException {
        String sentence = "Iranian officials met Russian officials in Tehran to discuss trade and transport links ";
        StringBuilder b = new StringBuilder(50 * 1024 * 1024 + 100);
        while (b.length() < 50 * 1024 * 1024) b.append(sentence);
        Files.writeString(dir.resolve("dump.txt"), b);
        b.setLength(0);
        Run r = run("extract", dir.toString());
        assertEquals(0, r.status(), r.err());
        Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Run e = run("events", dir.toString());
        assertEquals(1, e.status(), "too long for one document: refused, the rest coded: " + e.err());
        assertTrue(e.err().contains("dump.txt") && e.err().contains("split it into articles"), e.err());
        assertFalse(e.lines().isEmpty(), "the good story beside it is coded");
    }

    @Test
    void extractAebFormat(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Run r = run("extract", "--format", "aeb", dir.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode n = Json.MAPPER.readTree(r.out());
        assertTrue(n.get("a").get("articleBody").asText().startsWith("Iranian President Hassan Rouhani held talks"));
        Run j = run("extract", dir.toString());
        JsonNode a = j.lines().get(0);
        assertEquals("2019-06-12", a.get("published").asText());
        assertEquals("Rouhani and Putin meet in Dushanbe", a.get("title").asText());
    }
}
