package org.entente.cli;

import org.entente.store.DuckDbStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db FILE} option. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", description = "the store (default: entente-data/entente.duckdb)")
    Path db = DuckDbStore.DEFAULT;

    /** The store for a command that only reads it: refused (a usage error) when there is none, never created. */
    Path existing() {
        if (!java.nio.file.Files.isRegularFile(db)) {
            throw new IllegalArgumentException("no store at " + db + ": run ./entente analyze PATH... first"
                    + (db.equals(DuckDbStore.DEFAULT) ? "" : " with --db " + db) + ", or give --db FILE");
        }
        return db;
    }
}
