package org.entente.ingest;

import org.entente.model.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads one whole-file document: scraped text ({@code .txt}) or a web page ({@code .html}, {@code .htm}, gzipped). */
public final class FileIngestor implements Ingestor {
    private final boolean html;

    public FileIngestor(boolean html) {
        this.html = html;
    }

    @Override
    public void ingest(Path file, IngestSink sink) throws IOException {
        String origin = file.toString();
        if (Files.size(file) > RawText.MAX_BYTES) {
            sink.reject(origin, "file too large (" + Files.size(file) + " bytes; limit " + RawText.MAX_BYTES + ")");
            return;
        }
        byte[] bytes;
        if (file.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = readBounded(in);
            } catch (IOException e) {
                sink.reject(origin, "unreadable gzip: " + RawText.reason(e));
                return;
            }
            if (bytes == null) {
                sink.reject(origin, "file too large when decompressed (limit " + RawText.MAX_BYTES + " bytes)");
                return;
            }
        } else {
            bytes = Files.readAllBytes(file);
        }
        String why = RawText.whyNotText(bytes);
        if (why != null) {
            sink.reject(origin, why);
            return;
        }
        String content = RawText.decode(bytes);
        if (content.isBlank()) {
            sink.reject(origin, "empty file (only white space)");
            return;
        }
        String id = Inputs.documentId(file);
        sink.accept(html ? new Document(id, origin, null, content, null, null, null, null)
                : Document.ofText(id, origin, content));
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > RawText.MAX_BYTES) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
