package org.entente.cli;

import org.entente.ingest.IngestSink;
import org.entente.ingest.JsonlIngestor;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.time.DateText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The input of {@code code} and {@code actors}: JSON lines {@code {"id","text","date"}} from a file
 * or standard input ({@code -}). Each line is one short text, already clean.
 */
final class SentenceInput {
    private SentenceInput() {
    }

    static void read(String file, IngestSink sink) {
        try (BufferedReader in = file == null || file.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            String name = file == null ? "-" : file;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                Document d = JsonlIngestor.parse(line, name + ":" + n, sink);
                if (d != null) sink.accept(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The line's text as an article as it is: no cleaning, its date as the publication date. */
    static Article article(Document d) {
        String text = d.text() != null ? d.text() : org.jsoup.Jsoup.parse(d.html()).text();
        return new Article(d.id(), d.title(), DateText.parseIso(d.date()), null, null, d.outlet(), null, "en", text.strip());
    }
}
