package org.entente.actors;

import org.entente.model.Actor;

/**
 * One name of the knowledge base and what it denotes.
 *
 * @param kind   what sort of name it is
 * @param key    the entry's identity (a person's full name, a country's iso3, an agent word)
 * @param actor  the actor it resolves to on its own (null for agents and people: they depend on context or date)
 * @param sector the sector an agent word gives (agents), else null
 * @param source file and line the entry was read from (provenance)
 */
public record Entry(Kind kind, String key, Actor actor, String sector, String source) {
    public enum Kind {
        PERSON(6), INSTITUTION(5), COUNTRY(4), SEAT(3), ADJECTIVE(2), TITLE(1), GROUP(1),
        /** A region of several states that names none of them ("South America"): no actor, and no state read inside it. */
        REGION(0);

        final int priority;

        Kind(int priority) {
            this.priority = priority;
        }

        public boolean isAgent() {
            return this == TITLE || this == GROUP;
        }
    }
}
