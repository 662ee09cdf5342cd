package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The store's tables. */
final class Schema {
    private Schema() {
    }

    /** What the rows of a store made by an older version lack, found when it is opened. */
    record Missing(boolean ploverFacts, boolean mergeBlocks) {
        boolean any() {
            return ploverFacts || mergeBlocks;
        }
    }

    /** Creates the tables and columns where missing, and says what an older store's rows lack. */
    static Missing create(Connection db) throws SQLException {
        boolean legacy, unmerged;
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS documents (hash VARCHAR PRIMARY KEY, id VARCHAR NOT NULL, origin VARCHAR, "
                    + "title VARCHAR, published DATE, published_after DATE, author VARCHAR, outlet VARCHAR, "
                    + "language VARCHAR, text VARCHAR, url VARCHAR, stored_at TIMESTAMP DEFAULT current_timestamp)");
            st.execute("CREATE TABLE IF NOT EXISTS events (doc VARCHAR NOT NULL, sentence INTEGER NOT NULL, "
                    + "source_text VARCHAR, source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR, "
                    + "target_text VARCHAR, target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, "
                    + "cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR, "
                    + "event_date VARCHAR, date_grain VARCHAR, date_inferred BOOLEAN, date_rule VARCHAR, "
                    + "evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER, "
                    + "trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER, "
                    + "confidence DOUBLE, rule VARCHAR, negated BOOLEAN, dyad VARCHAR)");
            // stores made before events carried PLOVER mode and context get the columns, then their rows filled in
            legacy = !hasColumn(st, "events", "plover_mode");
            st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS plover_mode VARCHAR");
            st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS plover_context VARCHAR");
            // the stored merge: each report's block, the merged event it belongs to, whether it represents it;
            // blocks with new reports wait in dirty_blocks (written with the reports) until they are merged again
            unmerged = !hasColumn(st, "events", "merge_block");
            st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS merge_block VARCHAR");
            st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS event_id BIGINT");
            st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS representative BOOLEAN");
            st.execute("CREATE TABLE IF NOT EXISTS dirty_blocks (block VARCHAR PRIMARY KEY)");
            // where each event happened (an older store's rows stay unplaced: their text is re-read by analyze)
            LocationColumns.add(st);
            // schema changes go to the data file at once, so a killed run's write-ahead log holds only rows
            st.execute("CHECKPOINT");
        }
        return new Missing(legacy, unmerged);
    }

    private static boolean hasColumn(Statement st, String table, String column) throws SQLException {
        try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.columns WHERE table_name = '"
                + table + "' AND column_name = '" + column + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    /**
     * Fills in what an older store's rows lack, from the same code that makes new rows: the PLOVER
     * mode and contexts ({@link org.entente.events.PloverFacts}) and the merge block
     * ({@link org.entente.model.Event#mergeBlock()}); every block then waits to be merged.
     */
    static void migrate(Connection db, Missing missing) throws SQLException {
        java.util.List<Long> rows = new java.util.ArrayList<>();
        java.util.List<org.entente.model.Event> events = new java.util.ArrayList<>();
        try (Statement st = db.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT " + DuckDbStore.EVENT_COLUMNS + ", rowid FROM events")) {
            int n = DuckDbStore.EVENT_COLUMN_COUNT;
            while (rs.next()) {
                events.add(DuckDbStore.readEvent(rs));
                rows.add(rs.getLong(n + 1));
            }
        }
        try (java.sql.PreparedStatement up = db.prepareStatement("UPDATE events SET plover_mode = ?, plover_context = ? WHERE rowid = ?");
             java.sql.PreparedStatement block = db.prepareStatement("UPDATE events SET merge_block = ? WHERE rowid = ?")) {
            for (int i = 0; i < rows.size(); i++) {
                org.entente.model.Event e = events.get(i);
                if (missing.ploverFacts() && e.plover() != null) {
                    org.entente.model.Event p = org.entente.events.PloverFacts.of(e);
                    up.setString(1, p.ploverMode());
                    up.setString(2, DuckDbStore.contexts(p));
                    up.setLong(3, rows.get(i));
                    up.addBatch();
                }
                if (missing.mergeBlocks()) {
                    block.setString(1, e.mergeBlock());
                    block.setLong(2, rows.get(i));
                    block.addBatch();
                }
            }
            up.executeBatch();
            block.executeBatch();
        }
        if (missing.mergeBlocks()) markAllDirty(db);
    }

    /** Marks every block of the store for merging again. */
    static void markAllDirty(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("INSERT INTO dirty_blocks SELECT DISTINCT merge_block FROM events WHERE merge_block IS NOT NULL ON CONFLICT DO NOTHING");
        }
    }
}
