package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The store's tables. */
final class Schema {
    private Schema() {
    }

    static void create(Connection db) throws SQLException {
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
            // schema changes go to the data file at once, so a killed run's write-ahead log holds only rows
            st.execute("CHECKPOINT");
        }
    }
}
