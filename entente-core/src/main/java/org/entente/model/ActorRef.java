package org.entente.model;

/**
 * An event participant: the words that name it and the actor they resolve to.
 *
 * @param person the knowledge-base key of the person named, so the role can be re-resolved at the
 *               event's own date; null when no person is named
 */
public record ActorRef(String text, String code, String country, String sector, String person) {
    public static ActorRef of(String text, Actor a, String person) {
        return new ActorRef(text, a.code(), a.country(), a.sector(), person);
    }

    public ActorRef with(Actor a) {
        return new ActorRef(text, a.code(), a.country(), a.sector(), person);
    }

    public String principal() {
        return country != null ? country : code;
    }
}
