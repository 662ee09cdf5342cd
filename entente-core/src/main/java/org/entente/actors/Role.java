package org.entente.actors;

import org.entente.model.Actor;

import java.time.LocalDate;

/** A dated role of a person: {@code actor} holds on {@code from <= date < to} (null ends are open). */
public record Role(Actor actor, LocalDate from, LocalDate to, String title, String source) {
    public boolean holdsOn(LocalDate date) {
        if (date == null) return to == null;
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }
}
