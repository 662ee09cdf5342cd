package org.entente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.model.Document;
import org.entente.time.PublicationDate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads JSON Lines: one document a line with {@code id}, {@code text} or {@code html}, and
 * optional {@code title}, {@code url}, {@code date}, {@code outlet}. The publication date is read
 * under the field names feeds use ({@link #DATE_FIELDS}, never a modified date) in any form
 * {@link PublicationDate} reads; a value present but unreadable is warned about by file and line
 * and the document is still read. A malformed line is rejected with its line number; the others
 * are read.
 */
public final class JsonlIngestor implements Ingestor {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where feeds put the publication date, most specific first. */
    static final List<String> DATE_FIELDS = List.of("date", "published", "publish_date", "published_date",
            "publishDate", "published_at", "publishedAt", "datePublished", "date_published", "date_publish",
            "pubDate", "pub_date", "publication_date", "seendate", "timestamp");
    /** Where feeds put the article text when not under {@code text}. */
    private static final List<String> TEXT_FIELDS = List.of("text", "maintext", "body", "content");

    @Override
    public void ingest(Path file, IngestSink sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (lines(in, file.toString(), 1, Long.MAX_VALUE, sink) == 0) {
                sink.reject(file.toString(), Files.size(file) == 0 ? "empty file: no JSON lines" : "no JSON lines, only blank ones");
            }
        } catch (java.nio.charset.MalformedInputException e) {
            sink.reject(file.toString(), "not UTF-8 text (JSON Lines must be UTF-8)");
        }
    }

    /**
     * Reads lines {@code from} to {@code to} (1-based, inclusive) of a JSON Lines file from a reader
     * standing at line {@code from}, each named {@code file:number}: a whole file, or a run of its
     * lines on a cluster. Returns how many were not blank.
     */
    public static long lines(BufferedReader in, String file, long from, long to, IngestSink sink) throws IOException {
        String line;
        long number = from - 1, documents = 0;
        while (number < to && (line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) continue;
            documents++;
            String origin = file + ":" + number;
            if (line.length() > RawText.MAX_BYTES) {
                sink.reject(origin, "line too long");
                continue;
            }
            Document d = parse(line, origin, sink);
            if (d != null) sink.accept(d);
        }
        return documents;
    }

    /** Parses one line; reports and returns null when it is not a usable document. */
    public static Document parse(String line, String origin, IngestSink sink) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            sink.reject(origin, "a value of this JSON line is too long to read (the limit is "
                    + String.format("%,d", com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_STRING_LEN)
                    + " characters a string); split the document into several lines");
            return null;
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
        String text = first(n, TEXT_FIELDS);
        String html = text(n, "html");
        if (html == null && text != null && text.stripLeading().startsWith("<") && !n.has("text")) {
            html = text; // a CMS body field holding markup
            text = null;
        }
        String title = first(n, List.of("title", "headline"));
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            if (title == null || title.isBlank()) {
                sink.reject(origin, "document " + id + " has neither \"text\", \"html\" nor \"title\"");
                return null;
            }
            text = title; // a headline-only wire item is still a report
        }
        if (text != null && !text.isBlank()) html = null;
        return new Document(id, origin, html == null ? text : null, html, title, text(n, "url"),
                published(n, id, origin, sink), first(n, List.of("outlet", "source", "domain")));
    }

    /** The first readable publication date under the usual names, as an ISO date; warns of unreadable ones. */
    private static String published(JsonNode n, String id, String origin, IngestSink sink) {
        for (String field : DATE_FIELDS) {
            JsonNode v = n.get(field);
            String value = v != null && v.isFloatingPointNumber() ? Long.toString(v.longValue()) : text(n, field); // 1.7e9: epoch seconds
            if (!PublicationDate.present(value)) continue;
            LocalDate d = PublicationDate.parse(value);
            if (d != null) return d.toString();
            sink.warn(origin, "document " + id + ": \"" + field + "\" value \"" + abbreviate(value)
                    + "\" is not a date Entente can read; the document is dated from its text");
        }
        return null;
    }

    private static String first(JsonNode n, List<String> fields) {
        for (String f : fields) {
            String v = text(n, f);
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isObject() && v.hasNonNull("name")) return v.get("name").asText(); // {"source": {"name": ...}}
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
