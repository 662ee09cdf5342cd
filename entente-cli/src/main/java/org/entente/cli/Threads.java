package org.entente.cli;

import org.entente.pipeline.Runner;
import picocli.CommandLine.Option;

/** The {@code --threads} option shared by the commands that run the pipeline. */
final class Threads {
    @Option(names = "--threads", description = "worker threads (default: all cores)")
    int threads = Runner.defaultThreads();
}
