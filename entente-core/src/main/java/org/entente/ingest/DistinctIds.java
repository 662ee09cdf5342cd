package org.entente.ingest;

import org.entente.model.Document;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives every document of a run its own id. Two inputs with one id ({@code x.txt} beside
 * {@code x.html}, a JSONL id repeated) would otherwise share their events' {@code doc} and one
 * would hide the other in exports: the second becomes {@code x#2} (the third {@code x#3}), with a
 * warning naming both inputs. Ids follow the inputs' stable order, so a rerun gives the same ones.
 */
final class DistinctIds implements IngestSink {
    private final IngestSink next;
    private final Map<String, String> firstOrigin = new HashMap<>();
    private final Map<String, Integer> uses = new HashMap<>();

    DistinctIds(IngestSink next) {
        this.next = next;
    }

    @Override
    public void accept(Document d) {
        String first = firstOrigin.putIfAbsent(d.id(), d.origin());
        if (first == null) {
            next.accept(d);
            return;
        }
        String id;
        do {
            id = d.id() + "#" + uses.merge(d.id(), 2, (a, b) -> a + 1);
        } while (firstOrigin.putIfAbsent(id, d.origin()) != null);
        next.warn(d.origin(), "document id '" + d.id() + "' is already used by " + first + "; this one is '" + id + "'");
        next.accept(new Document(id, d.origin(), d.text(), d.html(), d.title(), d.url(), d.date(), d.outlet()));
    }

    @Override
    public void reject(String origin, String reason) {
        next.reject(origin, reason);
    }

    @Override
    public void warn(String origin, String message) {
        next.warn(origin, message);
    }
}
