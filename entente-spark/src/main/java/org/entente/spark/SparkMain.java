package org.entente.spark;

import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./entente spark PATH... --out DIR [--master local[N]] [--format parquet|jsonl] [--partitions N]}:
 * the job on this machine (the launcher builds this module on first use and sets the JVM flags
 * Spark needs), or under {@code spark-submit} on a cluster (no --master: the cluster's).
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        List<String> paths = new ArrayList<>();
        String out = null, master = null, format = "parquet";
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = value(args, ++i, "--out");
                case "--master" -> master = value(args, ++i, "--master");
                case "--format" -> format = value(args, ++i, "--format");
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, "--partitions"));
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    if (args[i].startsWith("--")) fail("unknown option " + args[i]);
                    paths.add(args[i]);
                }
            }
        }
        if (paths.isEmpty() || out == null) fail("give PATH... and --out DIR");
        if (!format.equals("parquet") && !format.equals("jsonl")) fail("--format is parquet or jsonl, not " + format);
        SparkSession.Builder b = SparkSession.builder().appName("entente");
        if (master != null) b.master(master);
        else if (System.getProperty("spark.master") == null) b.master("local[*]"); // spark-submit sets it; ./entente runs here
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            int slices = partitions > 0 ? partitions : Math.max(2, spark.sparkContext().defaultParallelism() * 4);
            long t = System.nanoTime();
            SparkJob.Result r = SparkJob.run(spark, paths, out, format.equals("jsonl"), slices);
            System.err.printf("%d work units, %d reports merged into %d events, %d inputs refused (%s/rejected) in %.1f s; "
                    + "Parquet under %s/reports and %s/events%n", r.units(), r.reports(), r.events(), r.rejected(), out,
                    (System.nanoTime() - t) / 1e9, out, out);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
        } catch (java.io.UncheckedIOException e) { // the input cannot be listed: nothing was done
            System.err.println("entente spark: " + e.getMessage());
            System.exit(3);
        } finally {
            spark.stop();
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) fail(option + " needs a value");
        return args[i];
    }

    private static void usage() {
        System.out.println("Usage: entente spark PATH... --out DIR [--master local[N]] [--format parquet|jsonl] [--partitions N]");
    }

    private static void fail(String message) {
        System.err.println("entente spark: " + message);
        usage();
        System.exit(2);
    }
}
