package org.entente.ingest;

import org.entente.model.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads WARC files (plain or gzipped) with jwarc and keeps the HTML responses: each becomes an
 * HTML document whose id is the record's target URI. The capture date is not the publication
 * date, so it is not passed on.
 */
public final class WarcIngestor implements Ingestor {

    @Override
    public void ingest(Path file, IngestSink sink) throws IOException {
        int record = 0, pages = 0;
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    sink.reject(file + "#" + (record + 1), "malformed WARC record: " + RawText.reason(e));
                    return;
                }
                if (next.isEmpty()) break;
                record++;
                if (next.get() instanceof WarcResponse response && handle(response, file + "#" + record, sink)) pages++;
            }
        }
        if (record == 0) sink.reject(file.toString(), "empty file: no WARC records");
        else if (pages == 0) sink.warn(file.toString(), record + " WARC record(s), none an HTML response: nothing to read");
    }

    /** Reads one response; whether it was an HTML page (accepted or refused by name), not another kind of response. */
    private static boolean handle(WarcResponse response, String origin, IngestSink sink) {
        String uri = response.target();
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType().base();
            if (!type.equals(MediaType.HTML) && !type.toString().equals("application/xhtml+xml")) return false;
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes((int) RawText.MAX_BYTES + 1);
            }
            if (body.length > RawText.MAX_BYTES) {
                sink.reject(origin + " " + uri, "response too large");
                return true;
            }
            String why = RawText.whyNotText(body);
            if (why != null) {
                sink.reject(origin + " " + uri, why);
                return true;
            }
            sink.accept(new Document(uri, origin, null, RawText.decode(body), null, uri, null, null));
        } catch (IOException | RuntimeException e) {
            sink.reject(origin + " " + uri, "unreadable HTTP response: " + RawText.reason(e));
        }
        return true;
    }
}
