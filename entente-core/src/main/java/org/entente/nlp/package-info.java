/**
 * The nlp stage, on Stanford CoreNLP: {@link org.entente.nlp.TextAnnotator} (tokens, sentences,
 * POS, lemmas for every sentence) and {@link org.entente.nlp.SentenceParser} (dependencies, only
 * for sentences that can hold an event). NER and time expressions are not run here: actors come
 * from our knowledge base ({@code org.entente.actors}) and dates from {@code org.entente.time},
 * which is what keeps the pipeline an order of magnitude faster than CoreNLP's default NER.
 */
package org.entente.nlp;
