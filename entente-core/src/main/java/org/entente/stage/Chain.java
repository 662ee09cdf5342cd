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
    /** Time spent in each stage, by its position: what {@code bench} reports as each stage's share. */
    private final java.util.concurrent.atomic.LongAdder[] nanos;

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
        this.nanos = new java.util.concurrent.atomic.LongAdder[stages.size()];
        for (int i = 0; i < nanos.length; i++) nanos[i] = new java.util.concurrent.atomic.LongAdder();
    }

    /**
     * Runs, in order, every stage that has work on the record: one whose requirements the record
     * holds (a stage that skipped a document, as the parse stage skips text that is not English,
     * leaves the stages that need its part idle) and that says it applies.
     */
    public DocumentRecord run(DocumentRecord r) {
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            if (!r.parts().containsAll(s.requires()) || !s.appliesTo(r)) continue;
            long t = System.nanoTime();
            r = s.apply(r);
            nanos[i].add(System.nanoTime() - t);
        }
        return r;
    }

    /** Seconds spent in each stage so far (all threads together), by stage name, in order. */
    public java.util.Map<String, Double> seconds() {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < stages.size(); i++) out.merge(stages.get(i).name(), nanos[i].sum() / 1e9, Double::sum);
        return out;
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
