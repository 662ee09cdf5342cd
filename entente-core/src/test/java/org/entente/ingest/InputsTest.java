package org.entente.ingest;

import org.entente.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputsTest {
    static class Collect implements IngestSink {
        final List<Document> docs = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();

        @Override
        public void accept(Document d) {
            docs.add(d);
        }

        @Override
        public void reject(String origin, String reason) {
            rejected.add(origin + ": " + reason);
        }

        final List<String> warnings = new ArrayList<>();

        @Override
        public void warn(String origin, String message) {
            warnings.add(origin + ": " + message);
        }
    }

    @Test
    void badFilesAreNamedAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a_good.txt"), "Tehran, May 2 - Iran and Russia held talks on trade.\n");
        Files.write(dir.resolve("b_binary.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3});
        Files.write(dir.resolve("c_empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("d_notes.md"), "# notes are passed over");
        Files.write(dir.resolve("e_image.png"), new byte[]{1, 2, 0, 4});
        Collect c = new Collect();
        Inputs.read(List.of(dir), c);
        assertEquals(1, c.docs.size());
        assertEquals("a_good", c.docs.get(0).id());
        assertEquals(3, c.rejected.size(), c.rejected.toString());
        assertTrue(c.rejected.get(0).contains("b_binary.txt") && c.rejected.get(0).contains("binary"));
        assertTrue(c.rejected.get(1).contains("c_empty.txt") && c.rejected.get(1).contains("empty"));
        assertTrue(c.rejected.get(2).contains("e_image.png") && c.rejected.get(2).contains("unsupported"));
    }

    @Test
    void jsonlLinesAreDocumentsAndMalformedLinesAreNamedWithTheirNumber(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("batch.jsonl");
        Files.writeString(f, """
                {"id": "r1", "text": "Iran and Russia signed a deal.", "date": "2018-04-17", "outlet": "Wire"}
                {"id": "r2", "text": "broken
                {"text": "no id"}
                {"id": "r3", "title": "HEADLINE ONLY"}
                {"id": "r3b"}

                {"id": "r4", "html": "<p>Hello</p>"}
                """);
        Collect c = new Collect();
        Inputs.read(List.of(f), c);
        assertEquals(List.of("r1", "r3", "r4"), c.docs.stream().map(Document::id).toList());
        assertEquals("HEADLINE ONLY", c.docs.get(1).text());
        assertEquals("2018-04-17", c.docs.get(0).date());
        assertTrue(c.docs.get(2).isHtml());
        assertEquals(3, c.rejected.size());
        assertTrue(c.rejected.get(2).contains("batch.jsonl:5"), c.rejected.get(2));
        assertTrue(c.rejected.get(0).contains("batch.jsonl:2"), c.rejected.get(0));
        assertTrue(c.rejected.get(1).contains("batch.jsonl:3") && c.rejected.get(1).contains("id"));
    }

    @Test
    void gzippedHtmlAndWindows1252TextAreRead(@TempDir Path dir) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("page.html.gz")))) {
            out.write("<html><body><p>Caf\u00e9 talks</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("old.txt"), "Caf\u00e9 talks in Paris".getBytes("windows-1252"));
        Collect c = new Collect();
        Inputs.read(List.of(dir), c);
        assertEquals(2, c.docs.size());
        assertEquals("old", c.docs.get(0).id());
        assertTrue(c.docs.get(0).text().contains("Caf\u00e9"));
        assertEquals("page", c.docs.get(1).id());
        assertTrue(c.docs.get(1).isHtml());
    }

    @Test
    void warcResponsesBecomeHtmlDocuments(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        record(warc, "warcinfo", null, "software: test\r\n");
        record(warc, "response", "http://example.org/news/1",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Iran and Russia met.</p></body></html>");
        record(warc, "response", "http://example.org/logo.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nxx");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("crawl.warc.gz")))) {
            out.write(warc.toByteArray());
        }
        Collect c = new Collect();
        Inputs.read(List.of(dir), c);
        assertEquals(1, c.docs.size(), c.rejected.toString());
        assertEquals("http://example.org/news/1", c.docs.get(0).id());
        assertTrue(c.docs.get(0).html().contains("Iran and Russia met."));
    }

    @Test
    void aBrokenWarcIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.warc"), "this is not a web archive\r\n\r\n");
        Collect c = new Collect();
        Inputs.read(List.of(dir), c);
        assertEquals(0, c.docs.size());
        assertEquals(1, c.rejected.size(), c.rejected.toString());
        assertTrue(c.rejected.get(0).contains("broken.warc"), c.rejected.get(0));
    }

    private static void record(ByteArrayOutputStream out, String type, String uri, String block) throws IOException {
        byte[] body = block.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.UTF_8));
        out.write(body);
        out.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void utf16TextWithAByteOrderMarkIsDecoded(@TempDir Path dir) throws IOException {
        String text = "Tehran, May 2 - Iran and Russia held talks on trade in Tehran.\n";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        Files.write(dir.resolve("utf16.txt"), withBom);
        Collect c = new Collect();
        Inputs.read(List.of(dir), c);
        assertEquals(List.of(), c.rejected);
        assertEquals(text, c.docs.get(0).text());
    }

    @Test
    void truncatedGzipAndDanglingLinksAreNamedWithAReason(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            o.write("<html><body><p>Iran and Russia held talks on trade in Tehran on Monday.</p></body></html>".repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        Files.write(dir.resolve("cut.html.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nothing-here.txt"));
        Collect c = new Collect();
        Inputs.read(List.of(dir), c);
        assertEquals(2, c.rejected.size(), c.rejected.toString());
        assertTrue(c.rejected.stream().anyMatch(r -> r.contains("cut.html.gz") && r.contains("truncated")), c.rejected.toString());
        assertTrue(c.rejected.stream().anyMatch(r -> r.contains("gone.txt") && r.contains("not a regular file")), c.rejected.toString());
        assertTrue(c.rejected.stream().noneMatch(r -> r.contains("null")), c.rejected.toString());
    }

    @Test
    void twoInputsWithOneIdGetDistinctIdsAndAWarning(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.html"), "<html><body><p>Iran and Russia held talks on trade in Tehran on Monday.</p></body></html>");
        Files.writeString(dir.resolve("x.txt"), "Iran and Russia held talks on trade in Moscow on Tuesday.\n");
        Files.writeString(dir.resolve("y.jsonl"), "{\"id\": \"x\", \"text\": \"Iran and Turkey met.\"}\n");
        Collect c = new Collect();
        Inputs.read(List.of(dir), c);
        assertEquals(List.of("x", "x#2", "x#3"), c.docs.stream().map(Document::id).toList());
        assertEquals(2, c.warnings.size(), c.warnings.toString());
        assertTrue(c.warnings.get(0).contains("x.txt") && c.warnings.get(0).contains("x.html") && c.warnings.get(0).contains("'x#2'"), c.warnings.toString());
    }
}
