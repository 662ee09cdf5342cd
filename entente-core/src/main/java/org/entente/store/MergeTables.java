package org.entente.store;

import org.entente.model.Event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored merge's side of the store: each report row carries its merge block, the id of the
 * merged event it belongs to and whether it represents that event; blocks that received reports
 * wait in {@code dirty_blocks} (written in the same transaction as the reports) until they are
 * merged again. The merge rule itself lives in {@code merge}; this class only reads and writes.
 */
public final class MergeTables {
    /** A stored report with its row, and the merged event it belongs to (null until merged). */
    public record Report(long row, Event event, Long eventId, boolean representative) {
    }

    /** Where the merge put one report. */
    public record Assignment(long row, long eventId, boolean representative) {
    }

    private final Connection db;

    public MergeTables(DuckDbStore store) {
        this.db = store.connection();
    }

    /** The blocks waiting to be merged. */
    public List<String> dirtyBlocks() {
        List<String> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT block FROM dirty_blocks ORDER BY block")) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (SQLException e) {
            throw new StoreException("cannot read the blocks to merge", e);
        }
        return out;
    }

    /** Marks every block for merging again (after the merge rule changed). */
    public void markAllDirty() {
        try {
            Schema.markAllDirty(db);
        } catch (SQLException e) {
            throw new StoreException("cannot mark the store for merging", e);
        }
    }

    /** The reports of some blocks, in document and sentence order. */
    public List<Report> reportsIn(List<String> blocks) {
        if (blocks.isEmpty()) return List.of();
        try (Statement st = db.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE wanted_blocks (block VARCHAR)");
        } catch (SQLException e) {
            throw new StoreException("cannot read the reports to merge", e);
        }
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO wanted_blocks VALUES (?)")) {
            for (String b : blocks) {
                ins.setString(1, b);
                ins.addBatch();
            }
            ins.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot read the reports to merge", e);
        }
        return reports("WHERE merge_block IN (SELECT block FROM wanted_blocks) ORDER BY doc, sentence, rowid");
    }

    /**
     * Merged reports (not negated) in {@code order} ("ORDER BY doc, sentence, rowid"); {@code where}
     * adds conditions ("AND dyad = ?").
     */
    public List<Report> merged(String where, String order, String... args) {
        return reports("WHERE event_id IS NOT NULL AND NOT negated " + where + " " + order, args);
    }

    private List<Report> reports(String where, String... args) {
        List<Report> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT " + DuckDbStore.EVENT_COLUMNS
                + ", rowid, event_id, representative FROM events " + where)) {
            for (int i = 0; i < args.length; i++) ps.setString(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                int n = DuckDbStore.EVENT_COLUMN_COUNT;
                while (rs.next()) {
                    long id = rs.getLong(n + 2);
                    Long eventId = rs.wasNull() ? null : id;
                    out.add(new Report(rs.getLong(n + 1), DuckDbStore.readEvent(rs), eventId, rs.getBoolean(n + 3)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("report query failed", e);
        }
        return out;
    }

    /** Writes where the merge put each report of {@code blocks} and clears them, all or nothing. */
    public void assign(List<Assignment> assignments, List<String> blocks) {
        Transaction.run(db, "could not store the merge", () -> {
            try (PreparedStatement up = db.prepareStatement("UPDATE events SET event_id = ?, representative = ? WHERE rowid = ?");
                 PreparedStatement clear = db.prepareStatement("DELETE FROM dirty_blocks WHERE block = ?")) {
                for (Assignment a : assignments) {
                    up.setLong(1, a.eventId());
                    up.setBoolean(2, a.representative());
                    up.setLong(3, a.row());
                    up.addBatch();
                }
                if (!assignments.isEmpty()) up.executeBatch();
                for (String b : blocks) {
                    clear.setString(1, b);
                    clear.addBatch();
                }
                if (!blocks.isEmpty()) clear.executeBatch();
            }
            return null;
        });
    }
}
