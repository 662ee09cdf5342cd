package org.entente.model;

import java.util.List;

/**
 * A span of a sentence that names one or more actors.
 *
 * @param sentence   the sentence index
 * @param tokenStart first token (inclusive)
 * @param tokenEnd   last token (exclusive)
 * @param start      character offset in the clean text
 * @param end        character end offset
 * @param text       the span's text
 * @param actors     the actors it refers to: one, or several for "the two countries"
 * @param origin     how it was recognised: the knowledge-base entry or rule that produced it (provenance)
 * @param person     the person's knowledge-base key when the mention names a person, else null
 * @param certainty  how sure the recognition is, 0..1
 * @param since      when a titled person is named ("Syrian President Bashar al-Assad"), the day the
 *                   title first held: the text was written after it; else null
 */
public record ActorMention(int sentence, int tokenStart, int tokenEnd, int start, int end, String text,
                           List<Actor> actors, MentionOrigin origin, String person, double certainty, java.time.LocalDate since) {
    public ActorMention {
        actors = List.copyOf(actors);
        java.util.Objects.requireNonNull(origin, "origin");
    }

    /** Whether this mention is a pronoun standing for an earlier mention. */
    public boolean pronoun() {
        return origin.kind() == MentionOrigin.Kind.PRONOUN || origin.kind() == MentionOrigin.Kind.SPEAKER;
    }

    /**
     * The words that name the actor: the mention's own, or for a pronoun those of the name it
     * stands for ("Obama", not "he"), as an event's source or target text.
     */
    public String name() {
        return pronoun() && origin.key() != null && !origin.key().isBlank() ? origin.key() : text;
    }

    /** The origin written out ("file:line", "title:president"): the {@code entry} field of JSON. */
    public String entry() {
        return origin.toString();
    }

    public Actor actor() {
        return actors.get(0);
    }

    public boolean covers(int token) {
        return token >= tokenStart && token < tokenEnd;
    }

    public ActorMention withActors(List<Actor> replaced, MentionOrigin newOrigin) {
        return new ActorMention(sentence, tokenStart, tokenEnd, start, end, text, replaced, newOrigin, person, certainty, since);
    }
}
