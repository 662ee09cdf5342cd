package org.entente.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.json.Json;
import org.entente.merge.EventMerger;
import org.entente.merge.StoredMerge;
import org.entente.merge.MergedEvent;
import org.entente.model.Event;
import org.entente.store.GdeltExport;
import org.entente.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code export --format jsonl|csv|parquet [--out DIR]}: the store's events for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the stored events: jsonl (stdout, merged), csv or parquet (one row a mention), gdelt (GDELT 2.0 tables), into --out DIR.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, description = "jsonl, csv, parquet or gdelt")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder for csv and parquet (default: entente-data/export)")
    Path out = Path.of("entente-data", "export");

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        try (DuckDbStore db = new DuckDbStore(store.existing())) {
            switch (format) {
                case "jsonl" -> {
                    try (PrintWriter w = Output.stdout()) {
                        for (MergedEvent m : merged(db)) {
                            ObjectNode n = Json.event(m.event());
                            n.put("id", m.id());
                            n.put("mentions", m.mentions().size());
                            n.put("sources", m.sources());
                            w.println(Json.line(n));
                        }
                    }
                }
                case "gdelt" -> {
                    int undated = GdeltExport.write(merged(db), db.documents(), out);
                    if (undated > 0) System.err.println("left out " + undated + " undated event" + (undated == 1 ? "" : "s")
                            + ": GDELT rows need a date (export --format jsonl or csv keeps them)");
                    System.err.println("wrote " + out.resolve(GdeltExport.EVENTS) + ", " + GdeltExport.MENTIONS + ", " + GdeltExport.EVIDENCE);
                }
                case "csv" -> copy(db, "events.csv", "(FORMAT csv, HEADER true)");
                case "parquet" -> copy(db, "events.parquet", "(FORMAT parquet)");
                default -> throw new IllegalArgumentException("unknown format " + format + " (jsonl, csv, parquet, gdelt)");
            }
        }
        return 0;
    }

    /** The store's merged events (blocks a killed run left waiting are merged first). */
    static List<MergedEvent> merged(DuckDbStore db) {
        return new StoredMerge(new EventMerger()).events(db);
    }

    private void copy(DuckDbStore db, String name, String options) throws Exception {
        Files.createDirectories(out);
        Path file = out.resolve(name).toAbsolutePath();
        try (Statement st = db.connection().createStatement()) {
            st.execute("COPY (SELECT * FROM events WHERE NOT negated ORDER BY doc, sentence) TO '"
                    + file.toString().replace("'", "''") + "' " + options);
        } catch (SQLException e) {
            throw new IllegalStateException("export failed: " + e.getMessage(), e);
        }
        System.err.println("wrote " + file);
    }
}
