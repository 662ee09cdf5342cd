package org.entente.events;

import org.entente.stage.DocumentRecord;
import org.entente.stage.Part;
import org.entente.stage.Stage;

import java.util.Set;

/**
 * The events stage: rules propose, the judge decides ({@link EventCoder}), and each event gets its
 * PLOVER mode and contexts ({@link PloverFacts}), so every writer has them; English text only (it
 * needs the parses the parse stage makes only for English).
 */
public final class CodeStage implements Stage {
    private final EventCoder coder;

    public CodeStage(EventCoder coder) {
        this.coder = coder;
    }

    public EventCoder coder() {
        return coder;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.PARSES, Part.MENTIONS);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.EVENTS);
    }

    @Override
    public DocumentRecord apply(DocumentRecord r) {
        return r.withEvents(PloverFacts.apply(coder.code(r.annotated(), r.mentions())), Part.EVENTS);
    }
}
