package org.entente.spark;

import java.io.Serializable;

/**
 * One task's share of the input: a whole file, or a run of lines of a JSON Lines file (so that one
 * big file is spread over many tasks, and a folder of small files is not one task per file).
 *
 * @param index    its place in the input, in the order ingest reads it
 * @param path     the file
 * @param fromLine first line (1-based) for a JSON Lines run, else 0
 * @param toLine   last line (inclusive) for a JSON Lines run, else 0
 * @param offset   the byte at which {@code fromLine} starts, so a task reads its own lines only
 */
public record WorkUnit(int index, String path, long fromLine, long toLine, long offset) implements Serializable {
    public boolean lines() {
        return fromLine > 0;
    }
}
