package org.entente.cli;

import org.entente.store.DuckDbStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db FILE} option. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", description = "the store (default: entente-data/entente.duckdb)")
    Path db = DuckDbStore.DEFAULT;
}
