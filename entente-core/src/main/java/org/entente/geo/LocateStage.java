package org.entente.geo;

import org.entente.stage.DocumentRecord;
import org.entente.stage.Part;
import org.entente.stage.Stage;

import java.util.Set;

/** The geo stage: where each event happened, as the text gives it ({@link Locator}). */
public final class LocateStage implements Stage {
    private final Locator locator;

    public LocateStage(Locator locator) {
        this.locator = locator;
    }

    @Override
    public String name() {
        return "geo";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.EVENTS, Part.MENTIONS);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.PLACES);
    }

    @Override
    public DocumentRecord apply(DocumentRecord r) {
        return r.withEvents(locator.locate(r.annotated(), r.mentions(), r.events()), Part.PLACES);
    }
}
