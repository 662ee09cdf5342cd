/**
 * Entente on Apache Spark: the same chain of stages as {@code events}, run per partition on a
 * cluster or in {@code local[N]}. {@code Units} cuts the input into work units on the driver;
 * {@code DocumentJob} runs them on the executors, each loading the pipeline once per JVM;
 * {@link org.entente.spark.SparkJob} writes the reports as Parquet (the export's columns, by
 * year), the refused inputs and, on request, the contract's JSON lines.
 */
package org.entente.spark;
