package org.entente.ingest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.entente.clean.Cleaner;
import org.entente.model.Article;
import org.entente.model.Document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated malformed input for every ingestor and the cleaner: whatever the bytes, a file is read
 * or refused by name with a reason, never an exception, and the good document beside it is read
 * as it is alone.
 */
class HostileInputProperties {
    private static final String GOOD = "Iranian President Hassan Rouhani met Russian President Vladimir Putin in Sochi on Monday.";

    /** What a sink received ({@link InputsTest.Collect}), every refusal's reason checked. */
    static final class Seen extends InputsTest.Collect {
        @Override
        public void reject(String origin, String reason) {
            assertNotNull(origin);
            assertTrue(reason != null && !reason.isBlank() && !reason.strip().endsWith(": null") && !reason.equals("null"),
                    "a reason a person can act on: " + reason);
            super.reject(origin, reason);
        }
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(".txt", ".html", ".jsonl", ".warc", ".warc.gz", ".html.gz", ".htm");
    }

    private static Seen readFolder(Path dir) {
        Seen seen = new Seen();
        Inputs.read(List.of(dir), seen);
        return seen;
    }

    @Property(tries = 150)
    void anyBytesUnderAnyNameAreReadOrRefusedAndTheGoodFileBesideIsKept(@ForAll byte[] bytes, @ForAll("extensions") String ext,
                                                                        @ForAll boolean gzipped) throws IOException {
        Path dir = Files.createTempDirectory("hostile");
        try {
            Files.writeString(dir.resolve("good.txt"), GOOD);
            Path bad = dir.resolve("bad" + ext);
            if (gzipped && ext.endsWith(".gz")) {
                try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(bad))) {
                    o.write(bytes);
                }
            } else {
                Files.write(bad, bytes);
            }
            Seen seen = readFolder(dir);
            assertEquals(1, seen.docs.stream().filter(d -> d.id().equals("good")).count(), "the good file is read: " + seen.rejected);
            assertEquals(GOOD, seen.docs.stream().filter(d -> d.id().equals("good")).findFirst().orElseThrow().text().strip());
            boolean named = seen.rejected.stream().anyMatch(r -> r.contains("bad"));
            boolean read = seen.docs.stream().anyMatch(d -> d.origin().contains("bad"));
            assertTrue(named || read || bytes.length == 0 || ext.endsWith(".jsonl") || ext.startsWith(".warc"),
                    "bad" + ext + " is read or refused by name");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<List<String>> jsonlLines() {
        Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(60);
        Arbitrary<String> shapes = Arbitraries.of("{\"id\": 7, \"text\": [1, 2]}", "{\"text\": \"no id here\"}", "{\"id\": \"a\"}",
                "{\"id\": \"a\", \"text\": \"x\", \"date\": \"99999-99-99\"}", "[]", "null", "{\"id\": \"a\", \"text\": ", "\u0000\u0001");
        return Arbitraries.oneOf(junk, shapes).list().ofMaxSize(20);
    }

    @Property(tries = 150)
    void brokenJsonLinesAreRefusedByLineAndTheGoodLinesRead(@ForAll("jsonlLines") List<String> lines) throws IOException {
        Path dir = Files.createTempDirectory("jsonl");
        try {
            List<String> all = new ArrayList<>(lines);
            all.add("{\"id\": \"good-line\", \"text\": \"" + GOOD + "\"}");
            Files.write(dir.resolve("mixed.jsonl"), all, StandardCharsets.UTF_8);
            Seen seen = readFolder(dir);
            assertEquals(1, seen.docs.stream().filter(d -> d.id().startsWith("good-line")).count(), "the good line is read: " + seen.rejected);
            for (String r : seen.rejected) assertTrue(r.contains("mixed.jsonl"), "refusals name the file: " + r);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> tagSoup() {
        Arbitrary<String> piece = Arbitraries.of("<div>", "</div>", "<span>", "<p>", "</p>", "<script>", "</script>", "<!--", "-->",
                "<a href='javascript:x'>", "<table><tr><td>", "&amp;", "&#0;", "<meta property=\"article:published_time\" content=\"x\">",
                "Iran and Russia signed a deal. ", "<title>", "</title>", "<h1>", "\u0000", "<![CDATA[", "<time datetime=\"2019-13-45\">");
        return piece.list().ofMaxSize(400).map(l -> String.join("", l));
    }

    @Property(tries = 200)
    void anyTagSoupIsCleanedWithoutAnError(@ForAll("tagSoup") String html) {
        Article a = Cleaner.standard().clean(new Document("soup", "soup.html", null, "<html><body>" + html, null, null, null, null));
        assertNotNull(a.text());
        assertTrue(a.text().length() <= html.length() + 100, "the text comes from the page");
    }
}
