package org.entente.merge;

import org.entente.model.Event;
import org.entente.store.DuckDbStore;
import org.entente.store.MergeTables;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge, stored: after new reports are stored, only the blocks (pair of states and year) they
 * fall in are merged again, with the one rule of {@link EventMerger}, and each report's merged
 * event is written back in one transaction. Readers ({@code timeline}, {@code export}, {@code serve})
 * read merged events; nothing merges on read, except blocks a killed run left waiting. Ids do not
 * depend on the order reports arrive: a merged event's id is its smallest merge key's hash.
 */
public final class StoredMerge {
    private final EventMerger merger;

    public StoredMerge(EventMerger merger) {
        this.merger = merger;
    }

    /** Merges every block that received reports since it was last merged; returns how many blocks. */
    public int update(DuckDbStore db) {
        MergeTables tables = new MergeTables(db);
        List<String> blocks = tables.dirtyBlocks();
        if (blocks.isEmpty()) return 0;
        List<MergeTables.Report> reports = tables.reportsIn(blocks);
        Map<Event, Long> rowOf = new IdentityHashMap<>();
        List<Event> events = new ArrayList<>(reports.size());
        for (MergeTables.Report r : reports) {
            rowOf.put(r.event(), r.row());
            events.add(r.event());
        }
        List<MergeTables.Assignment> out = new ArrayList<>(reports.size());
        for (MergedEvent m : merger.merge(events)) {
            for (Event e : m.mentions()) out.add(new MergeTables.Assignment(rowOf.get(e), m.id(), e == m.event()));
        }
        tables.assign(out, blocks);
        return blocks.size();
    }

    /** Merges the whole store again (after the merge rule changed); returns how many blocks. */
    public int remergeAll(DuckDbStore db) {
        new MergeTables(db).markAllDirty();
        return update(db);
    }

    /** Every merged event, in the order of its first report (document, sentence). */
    public List<MergedEvent> events(DuckDbStore db) {
        update(db);
        return group(new MergeTables(db).merged("", "ORDER BY doc, sentence, rowid"));
    }

    /** The dated merged events between two states, in the order of their first report's date. */
    public List<MergedEvent> timeline(DuckDbStore db, String a, String b) {
        update(db);
        String dyad = Event.dyad(a, b);
        return group(new MergeTables(db).merged("AND dyad = ? AND event_date IS NOT NULL", "ORDER BY event_date, doc, sentence, rowid", dyad));
    }

    private static List<MergedEvent> group(List<MergeTables.Report> reports) {
        Map<Long, List<MergeTables.Report>> byId = new LinkedHashMap<>();
        for (MergeTables.Report r : reports) byId.computeIfAbsent(r.eventId(), k -> new ArrayList<>()).add(r);
        List<MergedEvent> out = new ArrayList<>(byId.size());
        for (Map.Entry<Long, List<MergeTables.Report>> e : byId.entrySet()) {
            Event rep = null;
            List<Event> mentions = new ArrayList<>();
            for (MergeTables.Report r : e.getValue()) {
                mentions.add(r.event());
                if (r.representative()) rep = r.event();
            }
            out.add(new MergedEvent(e.getKey(), rep == null ? mentions.get(0) : rep, mentions));
        }
        return out;
    }
}
