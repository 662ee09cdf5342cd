package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on the store done in one transaction: all of it, or on a failure none of it. */
final class Transaction {
    /** The work; it may roll back itself (and return) when it finds there is nothing to do. */
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transaction() {
    }

    /** Runs {@code work} in one transaction; a failure rolls it back and is reported as {@code what}. */
    static <T> T run(Connection db, String what, Work<T> work) {
        try {
            db.setAutoCommit(false);
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new StoreException(what + ": " + e.getMessage(), e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // connection closing anyway
            }
        }
    }
}
