package org.entente.merge;

import org.entente.model.Event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One real-world happening with every report of it.
 *
 * @param id       a stable id: the merge key's hash, the same in every run over the same reports
 * @param event    the representative report (the most confident)
 * @param mentions every report, each with its own document and evidence
 */
public record MergedEvent(long id, Event event, List<Event> mentions) {
    public MergedEvent {
        mentions = List.copyOf(mentions);
    }

    /** How many distinct documents report it. */
    public int sources() {
        Set<String> docs = new LinkedHashSet<>();
        for (Event e : mentions) docs.add(e.doc());
        return docs.size();
    }
}
