package org.entente.actors;

import org.entente.model.Actor;
import org.entente.model.ActorRef;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.stage.DocumentRecord;
import org.entente.stage.Part;
import org.entente.stage.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People hold roles by date: a named person is resolved again as of the event's own date (a
 * president in a 2019 act recalled by a 2023 article was president in 2019). An undated event of
 * an undated article is taken as of the article's latest event date, a better "as of" than the
 * bound the text gives, since the article was written after every event it dates.
 */
public final class PeopleAtEventDate implements Stage {
    private final KnowledgeBase kb;

    public PeopleAtEventDate(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public String name() {
        return "people-at-event-date";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.DATES);
    }

    /** Refines the dated events' actors; adds no part. */
    @Override
    public Set<Part> provides() {
        return Set.of();
    }

    @Override
    public DocumentRecord apply(DocumentRecord r) {
        Article article = r.article();
        LocalDate asOf = article.anchor();
        LocalDate undated = article.anchorInferred() ? latestDate(r.events(), asOf) : asOf;
        List<Event> out = new ArrayList<>(r.events().size());
        for (Event e : r.events()) out.add(asOfEventDate(e, asOf, undated));
        return r.withEvents(out, Part.DATES);
    }

    private static LocalDate latestDate(List<Event> events, LocalDate bound) {
        LocalDate latest = bound;
        for (Event e : events) {
            LocalDate d = e.date().firstDay();
            if (d != null && (latest == null || d.isAfter(latest))) latest = d;
        }
        return latest;
    }

    private Event asOfEventDate(Event e, LocalDate articleDate, LocalDate undated) {
        LocalDate when = e.date().firstDay();
        if (when == null) when = undated;
        if (when == null || when.equals(articleDate)) return e;
        return e.withActors(reresolve(e.source(), when), reresolve(e.target(), when));
    }

    private ActorRef reresolve(ActorRef r, LocalDate when) {
        if (r == null || r.person() == null) return r;
        Actor a = kb.person(r.person(), when);
        return a == null ? r : r.with(a);
    }
}
