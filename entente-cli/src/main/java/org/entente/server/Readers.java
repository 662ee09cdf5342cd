package org.entente.server;

import org.duckdb.DuckDBConnection;
import org.entente.store.StoreReader;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The store, open read-only while requests come and closed when none has come for a while, so
 * that {@code analyze} can take the file between bursts of use. Each request reads through a
 * connection of its own, duplicated from the one open database.
 */
final class Readers implements AutoCloseable {
    static final long IDLE_MILLIS = 2000;
    private final Path file;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "entente-store-closer");
        t.setDaemon(true);
        return t;
    });
    private DuckDBConnection open;
    private int inUse;
    private long lastUse;

    Readers(Path file) {
        this.file = file;
        closer.scheduleWithFixedDelay(this::closeIfIdle, IDLE_MILLIS, IDLE_MILLIS / 2, TimeUnit.MILLISECONDS);
    }

    /** A reader for one request; closing it gives the connection back. */
    StoreReader reader() {
        Connection c;
        synchronized (this) {
            try {
                if (open == null) open = (DuckDBConnection) StoreReader.open(file);
                c = open.duplicate();
            } catch (SQLException e) {
                throw new org.entente.store.StoreException("cannot read the store " + file + ": " + e.getMessage(), e);
            }
            inUse++;
        }
        return new StoreReader(c) {
            @Override
            public void close() {
                try {
                    super.close();
                } finally {
                    released();
                }
            }
        };
    }

    private synchronized void released() {
        inUse--;
        lastUse = System.currentTimeMillis();
    }

    private synchronized void closeIfIdle() {
        if (open != null && inUse == 0 && System.currentTimeMillis() - lastUse >= IDLE_MILLIS) closeOpen();
    }

    private void closeOpen() {
        try {
            open.close();
        } catch (SQLException ignored) {
            // closing a read-only database loses nothing
        }
        open = null;
    }

    @Override
    public synchronized void close() {
        closer.shutdownNow();
        if (open != null) closeOpen();
    }
}
