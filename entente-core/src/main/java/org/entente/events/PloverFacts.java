package org.entente.events;

import org.entente.model.Event;

import java.util.ArrayList;
import java.util.List;

/**
 * What PLOVER records beside an event's type: the mode its CAMEO code names ("visit", "arrest")
 * and the contexts its evidence speaks of ("military", "legal"). Added by the events stage
 * ({@link CodeStage}), so that every writer (JSON, the store, CSV, Parquet, GDELT) has them without
 * working them out.
 */
public final class PloverFacts {
    private PloverFacts() {
    }

    public static Event of(Event e) {
        if (e.plover() == null) return e.withPlover(null, List.of());
        return e.withPlover(CameoTable.standard().ploverMode(e.cameo()),
                PloverContext.standard().of(e.evidence() == null ? null : e.evidence().text()));
    }

    public static List<Event> apply(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) out.add(of(e));
        return out;
    }
}
