package org.entente.actors;

import org.entente.stage.DocumentRecord;
import org.entente.stage.Part;
import org.entente.stage.Stage;

import java.util.Set;

/** The actors stage: actor mentions recognised and resolved as of the article's date (or the bound on it). */
public final class ActorsStage implements Stage {
    private final ActorRecognizer actors;

    public ActorsStage(ActorRecognizer actors) {
        this.actors = actors;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.SENTENCES);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.MENTIONS);
    }

    @Override
    public DocumentRecord apply(DocumentRecord r) {
        return r.withMentions(actors.recognize(r.annotated(), r.article().anchor()));
    }
}
