package org.entente.nlp;

import org.entente.model.Sentence;

import java.util.List;

/**
 * Dependency parsing on demand. Requires: tokens with POS tags. Provides: basic Universal
 * Dependencies. Parsing is the costly step, so the pipeline calls it only for sentences that can
 * hold an event (an actor mention and an event trigger word).
 */
public interface SentenceParser {
    /** The same sentences with dependencies; a sentence too long to parse comes back unparsed. */
    List<Sentence> parse(List<Sentence> sentences);
}
