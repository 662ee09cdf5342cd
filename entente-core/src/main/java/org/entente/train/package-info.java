/**
 * Training the event judge ({@link org.entente.events.Judge}): reading the annotated sets
 * ({@link org.entente.train.TrainingSets}), running the rules over them for candidates, fitting a
 * Tribuo linear model with a fixed seed and choosing its thresholds on the dev sets
 * ({@link org.entente.train.JudgeTrainer}).
 */
package org.entente.train;
