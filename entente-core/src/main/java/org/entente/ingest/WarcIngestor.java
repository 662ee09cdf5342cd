package org.entente.ingest;

import org.entente.model.Document;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads WARC 1.0/1.1 files (plain or gzipped, record by record) and keeps the HTML responses.
 * Each response becomes an HTML document whose id is the record's target URI.
 */
public final class WarcIngestor implements Ingestor {

    @Override
    public void ingest(Path file, IngestSink sink) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = new BufferedInputStream(file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw)) {
            int record = 0;
            while (true) {
                String version = readLine(in);
                while (version != null && version.isEmpty()) version = readLine(in);
                if (version == null) return;
                record++;
                String origin = file + "#" + record;
                if (!version.startsWith("WARC/")) {
                    sink.reject(origin, "not a WARC record (expected WARC/1.x, found '" + abbreviate(version) + "')");
                    return;
                }
                Map<String, String> headers = readHeaders(in);
                long length = parseLength(headers.get("content-length"));
                if (length < 0 || length > RawText.MAX_BYTES) {
                    sink.reject(origin, "bad or too large Content-Length in WARC record");
                    return;
                }
                byte[] block = in.readNBytes((int) length);
                if (block.length < length) {
                    sink.reject(origin, "truncated WARC record");
                    return;
                }
                if ("response".equalsIgnoreCase(headers.get("warc-type"))) {
                    handleResponse(headers, block, origin, sink);
                }
            }
        }
    }

    private static void handleResponse(Map<String, String> headers, byte[] block, String origin, IngestSink sink) {
        String uri = headers.getOrDefault("warc-target-uri", origin).replaceAll("^<|>$", "");
        int split = indexOf(block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        int sep = 4;
        if (split < 0) {
            split = indexOf(block, "\n\n".getBytes(StandardCharsets.ISO_8859_1));
            sep = 2;
        }
        if (split < 0) return;
        String http = new String(block, 0, split, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (!http.contains("content-type: text/html") && !http.contains("content-type: application/xhtml")) return;
        byte[] body = java.util.Arrays.copyOfRange(block, split + sep, block.length);
        String why = RawText.whyNotText(body);
        if (why != null) {
            sink.reject(origin + " " + uri, why);
            return;
        }
        // the capture date (WARC-Date) is not the publication date, so it is not passed on
        sink.accept(new Document(uri, origin, null, RawText.decode(body), null, uri, null, null));
    }

    private static Map<String, String> readHeaders(InputStream in) throws IOException {
        Map<String, String> h = new LinkedHashMap<>();
        String line;
        while ((line = readLine(in)) != null && !line.isEmpty()) {
            int c = line.indexOf(':');
            if (c > 0) h.put(line.substring(0, c).trim().toLowerCase(Locale.ROOT), line.substring(c + 1).trim());
        }
        return h;
    }

    private static long parseLength(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') break;
            if (out.size() > 65536) break;
            out.write(b);
        }
        if (b < 0 && out.size() == 0) return null;
        String s = out.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
