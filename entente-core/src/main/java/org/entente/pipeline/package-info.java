/**
 * The pipeline: {@link org.entente.pipeline.Pipeline} wires the stages (clean, nlp, actors,
 * events, time) for one document; {@link org.entente.pipeline.Runner} runs it over inputs on all
 * cores, in input order, naming bad input and going on.
 */
package org.entente.pipeline;
