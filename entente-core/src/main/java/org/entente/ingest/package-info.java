/**
 * The ingest stage: files (text, HTML, JSON Lines, WARC) to {@link org.entente.model.Document}s.
 * Entry: {@link org.entente.ingest.Inputs#read}. Bad input (binary, empty, unreadable, malformed
 * lines) is rejected by name through {@link org.entente.ingest.IngestSink#reject}; the rest goes on.
 */
package org.entente.ingest;
