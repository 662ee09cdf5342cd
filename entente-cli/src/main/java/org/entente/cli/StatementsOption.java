package org.entente.cli;

import org.entente.pipeline.Analysis;
import picocli.CommandLine.Option;

/** {@code --statements}: keep root 01 statements, which are left out by default as PLOVER does. */
final class StatementsOption {
    @Option(names = "--statements", description = "also keep root 01 statements (\"said\", \"commented\"), left out by default")
    boolean statements;

    Analysis apply(Analysis a) {
        return statements ? a : a.withoutStatements();
    }
}
