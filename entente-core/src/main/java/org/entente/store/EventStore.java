package org.entente.store;

import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.model.Event;

import java.util.List;

/**
 * The store stage's entry interface: documents, articles and events, written one document at a
 * time (all or nothing), so a killed run resumes without losing or duplicating anything.
 */
public interface EventStore extends AutoCloseable {
    /** Whether a document with this content is already stored. */
    boolean contains(Document d);

    /**
     * Stores one document with its article and events, atomically; false (and nothing written) when
     * a document with the same content is already stored, as when an input repeats a story.
     */
    boolean put(Document d, Article a, List<Event> events);

    /** Event counts per dyad ("IRN-RUS"), busiest first. */
    List<DyadCount> dyads(int limit);

    /** The dated events between two principals, oldest first. */
    List<Event> timeline(String a, String b);

    /** All events, in document and sentence order. */
    List<Event> events();

    int documentCount();

    @Override
    void close();

    /**
     * A dyad with its number of reports ({@code events}: one per document that reports an act), of
     * merged events (happenings) and, for a dyad within one state ("USA-USA"), the pairs of its
     * actors that make it ("USAGOV-USALEG"); empty otherwise.
     */
    record DyadCount(String dyad, int events, int happenings, String sides) {
        public DyadCount(String dyad, int events) {
            this(dyad, events, events, "");
        }
    }
}
