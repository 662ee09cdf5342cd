package org.entente.actors;

import org.entente.model.Actor;
import org.entente.model.MentionOrigin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How neighbouring names compose into one actor ("Iranian President Hassan Rouhani", "Russia's
 * foreign minister", "Peru's Congress", "Kremlin critics", "Russia's UN ambassador"): a known
 * person wins, then an institution (taking a named state's where it is generic), then an agent
 * word with its state, the title's last holder, or the article's focus, then the state alone.
 */
final class Composition {
    private final KnowledgeBase kb;

    Composition(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** What a chunk of names resolves to: the actor, how it was found, the person's key, the agent's sector, certainty, and since when the person held the title. */
    record Resolved(Actor actor, MentionOrigin entry, String person, String sector, double certainty, LocalDate since) {
        Resolved(Actor actor, MentionOrigin entry, String person, String sector, double certainty) {
            this(actor, entry, person, sector, certainty, null);
        }
    }

    /** The actor a chunk of neighbouring names stands for, or null; {@code locative} when "in"/"at" precedes it. */
    Resolved resolve(List<Span> chunk, LocalDate asOf, Map<String, Actor> lastByTitle, boolean locative, String focus) {
        Span person = null, inst = null, place = null, agent = null;
        for (Span sp : chunk) {
            switch (sp.kind()) {
                case PERSON -> person = person == null ? sp : person;
                case INSTITUTION -> inst = inst == null ? sp : inst;
                case COUNTRY, SEAT, ADJECTIVE -> place = place == null ? sp : place;
                // "rebel commander", "opposition leader": a title is of the group named before it
                case TITLE, GROUP -> agent = agent != null && agent.kind() == Entry.Kind.GROUP && sp.kind() == Entry.Kind.TITLE ? agent : sp;
            }
        }
        Resolved opposed = opposedTo(person, inst, agent, asOf);
        if (opposed != null) return opposed;
        if (person != null) {
            Actor a = kb.person(person.entry().key(), asOf);
            if (a != null) {
                LocalDate since = null;
                if (agent != null) {
                    lastByTitle.put(agent.entry().key(), a);
                    since = kb.titledSince(person.entry().key(), agent.entry().sector());
                }
                return new Resolved(a, MentionOrigin.named(person.entry().source()), person.entry().key(), null, 0.95, since);
            }
        }
        if (inst != null) {
            Actor a = inst.entry().actor();
            String placeCountry = place == null ? null : place.entry().actor().country();
            boolean generic = a.country() == null && a.code().equals(a.sector()); // "a rights group": any state's
            if (placeCountry != null && a.country() == null && !generic && agent != null && agent.kind() == Entry.Kind.TITLE
                    && place.start() < inst.start() && agent.start() > inst.start()) {
                // "Russia's UN ambassador", "U.S. deputy UN envoy": a state's envoy to the organisation
                return new Resolved(kb.sectorOf(placeCountry, agent.entry().sector()), MentionOrigin.agent(agent.entry().source()), null, agent.entry().sector(), 0.8);
            }
            if (placeCountry != null && (a.country() != null || generic) && !placeCountry.equals(a.country()) && a.sector() != null) {
                // "Peru's Congress", "American aid groups": the generic institution name takes the named state
                return new Resolved(kb.sectorOf(placeCountry, a.sector()), MentionOrigin.named(inst.entry().source()), null, a.sector(), 0.8);
            }
            return new Resolved(a, MentionOrigin.named(inst.entry().source()), null, null, 0.9);
        }
        if (agent != null && place != null) {
            Actor a = kb.sectorOf(place.entry().actor().country(), agent.entry().sector());
            lastByTitle.put(agent.entry().key(), a);
            return new Resolved(a, MentionOrigin.agent(agent.entry().source()), null, agent.entry().sector(), 0.85);
        }
        if (agent != null) {
            Actor known = lastByTitle.get(agent.entry().key());
            if (known != null) return new Resolved(known, MentionOrigin.of(MentionOrigin.Kind.TITLE_HOLDER, agent.entry().key()), null, null, 0.6);
            if (focus != null) return new Resolved(kb.sectorOf(focus, agent.entry().sector()),
                    MentionOrigin.of(MentionOrigin.Kind.FOCUS, agent.entry().key()), null, agent.entry().sector(), 0.5);
            // no state named or implied: the sector alone ("teachers went on strike"), of any state
            return new Resolved(new Actor(agent.entry().sector(), null, agent.entry().sector()),
                    MentionOrigin.of(MentionOrigin.Kind.STATELESS, agent.entry().key()), null, agent.entry().sector(), DictionaryRecognizer.STATELESS_CERTAINTY);
        }
        if (place != null) {
            double c = place.kind() == Entry.Kind.ADJECTIVE ? 0.6 : chunk.size() == 1 && locative ? DictionaryRecognizer.PLACE_CERTAINTY : 0.9;
            return new Resolved(place.entry().actor(), MentionOrigin.state(place.entry().source()), null, null, c);
        }
        return null;
    }

    /**
     * "Kremlin critics", "Erdogan's opponents": the opposition named after a person or institution
     * is of that one's state, not that one. Null where the chunk is no such phrase.
     */
    private Resolved opposedTo(Span person, Span inst, Span agent, LocalDate asOf) {
        if (agent == null || !"OPP".equals(agent.entry().sector())) return null;
        Span named = person != null ? person : inst;
        if (named == null || named.start() > agent.start()) return null;
        Actor a = named == person ? kb.person(person.entry().key(), asOf) : inst.entry().actor();
        if (a == null || a.country() == null) return null;
        return new Resolved(kb.sectorOf(a.country(), "OPP"), MentionOrigin.agent(agent.entry().source()), null, "OPP", 0.8);
    }

}
