package org.entente.time;

import org.entente.stage.DocumentRecord;
import org.entente.stage.Part;
import org.entente.stage.Stage;

import java.util.Set;

/** The time stage: the date each event happened ({@link EventDater}), not the date it was published. */
public final class DateStage implements Stage {
    private final EventDater dater;

    public DateStage(EventDater dater) {
        this.dater = dater;
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.EVENTS, Part.ANCHOR);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.DATES);
    }

    @Override
    public DocumentRecord apply(DocumentRecord r) {
        return r.withEvents(dater.date(r.annotated(), r.events()), Part.DATES);
    }
}
