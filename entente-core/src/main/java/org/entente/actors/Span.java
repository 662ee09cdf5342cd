package org.entente.actors;

import java.util.List;

/** A name found in a sentence: tokens {@code [start, end)} and the entry chosen for it. */
record Span(int start, int end, Entry entry, List<NameIndex.Named> all) {
    Entry.Kind kind() {
        return entry.kind();
    }
}
