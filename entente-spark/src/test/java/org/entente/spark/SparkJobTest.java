package org.entente.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entente.ingest.IngestSink;
import org.entente.ingest.Inputs;
import org.entente.json.Json;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.merge.EventMerger;
import org.entente.merge.MergedEvent;
import org.entente.merge.StoredMerge;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Pipeline;
import org.entente.store.DuckDbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Spark job in local[2] on the seeds and Reuters stories: the same events as the single JVM, readable Parquet. */
class SparkJobTest {
    static final Path SHARED = Path.of("..", "..", "shared");

    private static List<String> parts(Path dir) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) out.addAll(Files.readAllLines(f));
        }
        return out;
    }

    private static List<String> sorted(List<String> lines) {
        List<String> s = new ArrayList<>(lines);
        s.sort(null);
        return s;
    }

    @Test
    void theJobFindsTheSameEventsAsOneJvmAndWritesParquetOtherToolsRead(@TempDir Path dir) throws Exception {
        Path seeds = SHARED.resolve("corpus/seeds"), reuters = SHARED.resolve("corpus/reuters21578/reuters21578.jsonl");
        assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(reuters), "../shared is absent");
        Path sampleA = dir.resolve("reuters-a.jsonl"), sampleB = dir.resolve("reuters-b.jsonl");
        try (BufferedReader r = Files.newBufferedReader(reuters); Stream<String> lines = r.lines()) {
            List<String> first = new ArrayList<>(lines.limit(300).toList());
            Files.write(sampleA, first.subList(0, 150));
            List<String> second = new ArrayList<>(first.subList(150, 300));
            second.add("{\"id\": \"broken\", \"text\": "); // a bad line is refused by name, the rest go on
            Files.write(sampleB, second);
        }
        List<String> local = List.of(seeds.toString(), sampleA.toString(), sampleB.toString());
        // the job reads the seeds (whole files) and one JSON Lines file through Hadoop's FileSystem, as it reads hdfs:// or s3a://
        List<String> paths = List.of(seeds.toAbsolutePath().normalize().toUri().toString(), sampleA.toString(),
                sampleB.toAbsolutePath().toUri().toString());

        List<String> alone = new ArrayList<>();
        List<String> refusedAlone = new ArrayList<>();
        Pipeline pipeline = Pipeline.standard();
        DuckDbStore store = new DuckDbStore(dir.resolve("analyze.duckdb")); // what analyze stores and merges
        Inputs.read(local.stream().map(Path::of).toList(), new IngestSink() {
            @Override
            public void accept(Document d) {
                Analysis a = pipeline.process(d).withoutStatements();
                for (Event e : a.reported()) alone.add(Json.line(Json.event(e)));
                store.put(d, a.annotated().article(), a.events());
            }

            @Override
            public void reject(String origin, String reason) {
                refusedAlone.add(origin);
            }
        });

        new StoredMerge(new EventMerger()).update(store);
        List<String> mergedAlone = new ArrayList<>();
        for (MergedEvent m : new StoredMerge(new EventMerger()).events(store)) {
            com.fasterxml.jackson.databind.node.ObjectNode n = Json.event(m.event());
            n.put("id", Long.toString(m.id()));
            n.put("mentions", m.mentions().size());
            n.put("sources", m.sources());
            mergedAlone.add(Json.line(n));
        }
        store.close();

        SparkSession spark = SparkSession.builder().master("local[2]").appName("entente-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        Path out = dir.resolve("out");
        try {
            SparkJob.Result r = SparkJob.run(spark, paths, out.toString(), true, 8);
            assertTrue(r.units() > 2, "the JSON Lines file is spread over several units: " + r.units());
            assertEquals(alone.size(), r.reports());
            assertEquals(refusedAlone.size(), r.rejected());
            List<String> refused = parts(out.resolve("rejected"));
            assertTrue(refused.stream().anyMatch(l -> l.startsWith(sampleB.toAbsolutePath().toUri().toString().replace("file:///", "file:/"))
                    && l.contains(":151")), "a line read through Hadoop is named by its URI and line: " + refused);
            List<String> spread = parts(out.resolve("jsonl"));
            List<String> a = new ArrayList<>(alone), b = new ArrayList<>(spread);
            a.sort(null);
            b.sort(null);
            assertTrue(alone.size() > 50, "enough events to compare: " + alone.size());
            assertEquals(a, b, "the same events, field for field");
            assertEquals(mergedAlone.size(), r.events());
            assertTrue(r.events() < r.reports(), "some reports merge: " + r.events() + " of " + r.reports());
            assertEquals(sorted(mergedAlone), sorted(parts(out.resolve("events-jsonl"))), "the same merged events as analyze's stored merge");

            assertEquals(mergedAlone.size(), spark.read().parquet(out.resolve("events").toString()).count());
            Dataset<Row> parquet = spark.read().parquet(out.resolve("reports").toString());
            assertEquals(alone.size(), parquet.count());
            assertTrue(Arrays.asList(parquet.columns()).containsAll(List.of("doc", "sentence", "source_code", "target_code", "cameo",
                    "event_date", "date_grain", "plover_mode", "location_name", "year")), Arrays.toString(parquet.columns()));
        } finally {
            spark.stop();
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = db.createStatement().executeQuery("SELECT count(*), count(DISTINCT doc) FROM read_parquet('"
                     + out.resolve("reports").toAbsolutePath() + "/**/*.parquet', hive_partitioning = true)")) {
            rs.next();
            assertEquals(alone.size(), rs.getLong(1), "DuckDB reads every report");
            assertTrue(rs.getLong(2) > 10);
        }
    }
}
