package org.entente.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.util.List;

/**
 * The Spark job: the input's work units spread over tasks, each running the same chain of stages as
 * {@code events} ({@link DocumentJob}); the reports written as Parquet with the columns of
 * {@code export --format parquet}, partitioned by the year of the event; the reports merged into
 * events by block ({@link MergeStep}) and written the same way with their id, mentions and
 * sources; the refused inputs with their reasons; and with {@code jsonl} the contract's lines of
 * both (reports as {@code events} prints them, merged events as {@code export --format jsonl}).
 */
public final class SparkJob {
    /** The export's columns, read off an event's contract JSON. */
    static final String COLUMNS = "doc, sentence, source.text AS source_text, source.code AS source_code, "
            + "source.country AS source_country, source.sector AS source_sector, target.text AS target_text, "
            + "target.code AS target_code, target.country AS target_country, target.sector AS target_sector, cameo, root, "
            + "quadClass AS quad_class, goldstein, plover, date AS event_date, dateGrain AS date_grain, "
            + "coalesce(dateInferred, false) AS date_inferred, dateRule AS date_rule, evidence.text AS evidence_text, "
            + "evidence.start AS evidence_start, evidence.end AS evidence_end, trigger.text AS trigger_text, "
            + "trigger.start AS trigger_start, trigger.end AS trigger_end, confidence, rule, coalesce(negated, false) AS negated, "
            + "ploverMode AS plover_mode, array_join(ploverContext, ';') AS plover_context, location.name AS location_name, "
            + "location.country AS location_country, location.adm1 AS location_adm1, location.adm1Code AS location_adm1_code, "
            + "location.lat AS location_lat, location.lon AS location_lon, location.geonameId AS location_geoname_id, "
            + "location.grain AS location_grain, location.how AS location_how, "
            + "coalesce(substr(date, 1, 4), 'undated') AS year";

    /** What a run did. */
    public record Result(long units, long reports, long events, long rejected) {
    }

    private SparkJob() {
    }

    /** "E\tseq\thash\tposition\tjson" as a report. */
    private static MergeStep.Report report(String line) throws Exception {
        String[] p = line.substring(DocumentJob.EVENT.length()).split("\t", 4);
        org.entente.model.Event e = org.entente.json.EventJson.read(org.entente.json.Json.MAPPER.readTree(p[3]));
        return new MergeStep.Report(e.doc(), e.sentence(), Integer.parseInt(p[0]), p[1], Long.parseLong(p[2]), e.mergeBlock(), p[3]);
    }

    /** Spark names text parts ".txt"; on a local file system they are renamed for what they hold ("part-00000-....jsonl"). */
    private static void named(String dir, String extension) {
        java.nio.file.Path d;
        try {
            d = Units.local(dir);
        } catch (IllegalArgumentException remote) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> parts = java.nio.file.Files.list(d)) {
            for (java.nio.file.Path p : parts.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("part-") && n.endsWith(".txt")) {
                    java.nio.file.Files.move(p, p.resolveSibling(n.substring(0, n.length() - 4) + extension));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot name the parts under " + dir, e);
        }
    }

    public static Result run(SparkSession spark, List<String> paths, String out, boolean jsonl, int partitions) {
        List<WorkUnit> units = Units.of(paths);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.min(units.size(), partitions));
        JavaRDD<String> tagged = jsc.parallelize(units, slices).mapPartitions(DocumentJob::run).cache();
        JavaRDD<MergeStep.Report> reportRows = tagged.filter(l -> l.startsWith(DocumentJob.EVENT)).map(SparkJob::report);
        JavaRDD<String> events = reportRows.map(MergeStep.Report::json);
        JavaRDD<String> rejected = tagged.filter(l -> l.startsWith(DocumentJob.REJECTED)).map(l -> l.substring(DocumentJob.REJECTED.length()));
        Dataset<String> json = spark.createDataset(events.rdd(), Encoders.STRING());
        long reports = json.count();
        if (reports > 0) {
            Dataset<Row> rows = spark.read().schema(EventSchema.SCHEMA).json(json).selectExpr(COLUMNS.split(", (?![^(]*\\))"));
            rows.write().mode(SaveMode.Overwrite).partitionBy("year").parquet(out + "/reports");
        }
        if (jsonl) {
            json.write().mode(SaveMode.Overwrite).text(out + "/jsonl");
            named(out + "/jsonl", ".jsonl");
        }
        Dataset<String> merged = spark.createDataset(MergeStep.merged(reportRows).rdd(), Encoders.STRING()).cache();
        long nEvents = merged.count();
        if (nEvents > 0) {
            spark.read().schema(EventSchema.MERGED).json(merged).selectExpr(COLUMNS.replace("doc, sentence", "id AS event_id, mentions, sources, doc, sentence")
                    .split(", (?![^(]*\\))")).write().mode(SaveMode.Overwrite).partitionBy("year").parquet(out + "/events");
        }
        if (jsonl) {
            merged.write().mode(SaveMode.Overwrite).text(out + "/events-jsonl");
            named(out + "/events-jsonl", ".jsonl");
        }
        merged.unpersist();
        Dataset<String> refused = spark.createDataset(rejected.rdd(), Encoders.STRING());
        long nRejected = refused.count();
        refused.write().mode(SaveMode.Overwrite).text(out + "/rejected");
        tagged.unpersist();
        return new Result(units.size(), reports, nEvents, nRejected);
    }
}
