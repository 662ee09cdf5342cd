package org.entente.ingest;

import org.entente.model.Document;

/**
 * Receives what ingestion reads: documents, rejections naming the input and the reason, and
 * warnings about a document that is still read (an unreadable date, say).
 */
public interface IngestSink {
    void accept(Document document);

    void reject(String origin, String reason);

    /** Something wrong in an input that is still processed; by default a line on standard error. */
    default void warn(String origin, String message) {
        System.err.println("warning: " + origin + ": " + message);
    }
}
