package org.entente.stage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of stages, checked when it is built: a stage whose requirement no earlier stage
 * provides is an error at start-up, naming the stage and the part, not a null at run time.
 */
public final class Chain {
    private final List<Stage> stages;

    public Chain(List<Stage> stages) {
        Set<Part> have = EnumSet.of(Part.DOCUMENT);
        for (Stage s : stages) {
            for (Part p : s.requires()) {
                if (!have.contains(p)) {
                    throw new IllegalStateException("stage '" + s.name() + "' requires " + p + ", which no stage before it provides");
                }
            }
            have.addAll(s.provides());
        }
        this.stages = List.copyOf(stages);
    }

    /**
     * Runs, in order, every stage that has work on the record: one whose requirements the record
     * holds (a stage that skipped a document, as the parse stage skips text that is not English,
     * leaves the stages that need its part idle) and that says it applies.
     */
    public DocumentRecord run(DocumentRecord r) {
        for (Stage s : stages) if (r.parts().containsAll(s.requires()) && s.appliesTo(r)) r = s.apply(r);
        return r;
    }

    /** The stages by name, in order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (Stage s : stages) out.add(s.name());
        return out;
    }

    public List<Stage> stages() {
        return stages;
    }
}
