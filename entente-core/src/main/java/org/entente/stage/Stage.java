package org.entente.stage;

import java.util.Set;

/**
 * One step of the chain, in the manner of CoreNLP's annotators: it names the parts of a
 * {@link DocumentRecord} it requires and those it provides, and adds them. Stages keep no mutable
 * state; their heavy resources load once per JVM. {@link Chain} checks, when it is built, that
 * every requirement is provided by an earlier stage.
 */
public interface Stage {
    /** A short name for messages ("clean", "actors"). */
    String name();

    Set<Part> requires();

    Set<Part> provides();

    DocumentRecord apply(DocumentRecord record);

    /**
     * Whether the stage has work on a record that holds its requirements; by default always (the
     * parse stage skips text that is not English, and the stages after it, lacking parses, follow).
     */
    default boolean appliesTo(DocumentRecord record) {
        return true;
    }
}
