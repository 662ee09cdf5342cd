package org.entente.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code entente} command line. Exit status: 0 all inputs processed, 1 some rejected, 2 usage
 * error, 3 a fatal error (a store locked by another run, a disk that fails).
 */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
        description = "Evidence-linked political event data (CAMEO, PLOVER) from news text.",
        footer = {"", "Also: ./entente spark PATH... --out DIR [--master local[N]] [--format parquet|jsonl] runs the same stages "
                + "on Apache Spark (the launcher builds that module the first time it is used)."},
        subcommands = {EventsCommand.class, CodeCommand.class, ExtractCommand.class, ActorsCommand.class,
                AnalyzeCommand.class, TimelineCommand.class, ExportCommand.class, ServeCommand.class, BenchCommand.class, ServeBenchCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            System.err.println("entente: " + ex.getMessage());
            ex.getCommandLine().usage(System.err);
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            System.err.println("entente: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ex instanceof IllegalArgumentException ? 2 : 3;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
