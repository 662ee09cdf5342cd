package org.entente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.model.Document;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads JSON Lines: one document a line with {@code id}, {@code text} or {@code html}, and
 * optional {@code title}, {@code url}, {@code date}, {@code outlet}. A malformed line is rejected
 * with its line number; the others are read.
 */
public final class JsonlIngestor implements Ingestor {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void ingest(Path file, IngestSink sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                String origin = file + ":" + number;
                if (line.length() > RawText.MAX_BYTES) {
                    sink.reject(origin, "line too long");
                    continue;
                }
                Document d = parse(line, origin, sink);
                if (d != null) sink.accept(d);
            }
        } catch (java.nio.charset.MalformedInputException e) {
            sink.reject(file.toString(), "not UTF-8 text (JSON Lines must be UTF-8)");
        }
    }

    /** Parses one line; reports and returns null when it is not a usable document. */
    public static Document parse(String line, String origin, IngestSink sink) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            sink.reject(origin, "malformed JSON line: " + firstLine(e.getMessage()));
            return null;
        }
        if (n == null || !n.isObject()) {
            sink.reject(origin, "JSON line is not an object");
            return null;
        }
        String id = text(n, "id");
        if (id == null || id.isBlank()) {
            sink.reject(origin, "JSON line has no \"id\"");
            return null;
        }
        String text = text(n, "text");
        String html = text(n, "html");
        String title = text(n, "title");
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            if (title == null || title.isBlank()) {
                sink.reject(origin, "document " + id + " has neither \"text\", \"html\" nor \"title\"");
                return null;
            }
            text = title; // a headline-only wire item is still a report
        }
        if (text != null && !text.isBlank()) html = null;
        return new Document(id, origin, html == null ? text : null, html, title, text(n, "url"),
                text(n, "date"), text(n, "outlet"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
