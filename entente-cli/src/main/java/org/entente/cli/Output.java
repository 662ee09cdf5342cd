package org.entente.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Standard output as UTF-8 lines, and messages on standard error. */
final class Output {
    private Output() {
    }

    static PrintWriter stdout() {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16), false);
    }

    static void rejected(String origin, String reason) {
        System.err.println("rejected: " + origin + ": " + reason);
    }
}
