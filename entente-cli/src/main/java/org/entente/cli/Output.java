package org.entente.cli;

import java.io.PrintWriter;

/** Standard output as UTF-8 lines, and messages on standard error. */
final class Output {
    private Output() {
    }

    /** Standard output that receives whole lines only ({@link WholeLines}): a stopped run leaves no half line. */
    static PrintWriter stdout() {
        return new PrintWriter(new WholeLines(System.out), false);
    }

    static void rejected(String origin, String reason) {
        System.err.println("rejected: " + origin + ": " + reason);
    }
}
