package org.entente.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A writer that hands its stream only whole lines, in one write each batch: a run stopped at any
 * moment leaves the lines it finished, never half a JSON line. Text after the last newline waits
 * until its line ends (or the writer is closed).
 */
final class WholeLines extends Writer {
    private static final int BATCH = 1 << 16;
    private final OutputStream out;
    private final StringBuilder pending = new StringBuilder();

    WholeLines(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        pending.append(chars, off, len);
        if (pending.length() >= BATCH) emit(false);
    }

    @Override
    public void flush() throws IOException {
        emit(false);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        emit(true);
        out.flush();
    }

    private void emit(boolean all) throws IOException {
        int end = all ? pending.length() : pending.lastIndexOf("\n") + 1;
        if (end <= 0) return;
        out.write(pending.substring(0, end).getBytes(StandardCharsets.UTF_8));
        pending.delete(0, end);
    }
}
