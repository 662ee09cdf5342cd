package org.entente.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** The ingest stage's entry interface: reads one file into documents. */
public interface Ingestor {
    /** Reads {@code file}, passing each document (or rejection) to {@code sink}. */
    void ingest(Path file, IngestSink sink) throws IOException;
}
