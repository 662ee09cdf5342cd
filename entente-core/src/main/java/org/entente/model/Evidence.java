package org.entente.model;

/** The sentence an event was read from, with character offsets of the event's span in the clean text. */
public record Evidence(String text, int start, int end) {
    /** One word's span: an event's trigger. */
    public static Evidence of(Token word) {
        return new Evidence(word.word(), word.begin(), word.end());
    }
}
