package org.entente.ingest;

import org.entente.model.Document;

/** Receives what ingestion reads: documents, and rejections naming the input and the reason. */
public interface IngestSink {
    void accept(Document document);

    void reject(String origin, String reason);
}
