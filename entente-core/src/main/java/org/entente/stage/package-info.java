/**
 * The stage contract: a {@link org.entente.stage.Stage} requires and provides
 * {@link org.entente.stage.Part}s of one document's growing {@link org.entente.stage.DocumentRecord};
 * a {@link org.entente.stage.Chain} is an ordered list of stages checked when it is built. The same
 * chain runs in one JVM ({@code analyze}), behind {@code serve} and in Spark.
 */
package org.entente.stage;
