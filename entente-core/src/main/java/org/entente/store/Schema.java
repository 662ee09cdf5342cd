package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The store's tables. */
final class Schema {
    private Schema() {
    }

    /** Creates the tables where missing; true when an older store's events were given PLOVER columns to fill. */
    static boolean create(Connection db) throws SQLException {
        boolean legacy;
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
            try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.columns "
                    + "WHERE table_name = 'events' AND column_name = 'plover_mode'")) {
                rs.next();
                legacy = rs.getInt(1) == 0;
            }
            st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS plover_mode VARCHAR");
            st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS plover_context VARCHAR");
            // the stored merge: each report's block, the merged event it belongs to, whether it represents it;
            // blocks with new reports wait in dirty_blocks (written with the reports) until they are merged again
            boolean unmerged;
            try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.columns "
                    + "WHERE table_name = 'events' AND column_name = 'merge_block'")) {
                rs.next();
                unmerged = rs.getInt(1) == 0;
            }
            st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS merge_block VARCHAR");
            st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS event_id BIGINT");
            st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS representative BOOLEAN");
            st.execute("CREATE TABLE IF NOT EXISTS dirty_blocks (block VARCHAR PRIMARY KEY)");
            if (unmerged) { // a store from before the stored merge: every block is merged on first use
                st.execute("UPDATE events SET merge_block = CASE WHEN negated THEN NULL WHEN event_date IS NULL "
                        + "THEN 'u|' || doc || '|' || sentence ELSE dyad || '|' || substr(event_date, 1, 4) END");
                st.execute("INSERT INTO dirty_blocks SELECT DISTINCT merge_block FROM events WHERE merge_block IS NOT NULL "
                        + "ON CONFLICT DO NOTHING");
            }
            // schema changes go to the data file at once, so a killed run's write-ahead log holds only rows
            st.execute("CHECKPOINT");
        }
        return legacy;
    }

    /** Fills the PLOVER mode and context of the events of a store made before events carried them. */
    static void addPloverFacts(Connection db) throws SQLException {
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        try (Statement st = db.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT rowid, cameo, evidence_text FROM events WHERE plover IS NOT NULL")) {
            while (rs.next()) rows.add(new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3)});
        }
        try (java.sql.PreparedStatement up = db.prepareStatement("UPDATE events SET plover_mode = ?, plover_context = ? WHERE rowid = ?")) {
            for (Object[] r : rows) {
                java.util.List<String> ctx = org.entente.events.PloverContext.standard().of((String) r[2]);
                up.setString(1, org.entente.events.CameoTable.standard().ploverMode((String) r[1]));
                up.setString(2, ctx.isEmpty() ? null : String.join(";", ctx));
                up.setLong(3, (Long) r[0]);
                up.addBatch();
            }
            up.executeBatch();
        }
    }
}
