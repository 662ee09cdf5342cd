package org.entente.cli;

import org.entente.json.Json;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code events PATH...}: one JSON event a line, no store. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Code the events of articles and print them as JSON lines (no store).")
final class EventsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (txt, html, html.gz, jsonl, warc)")
    List<Path> paths;

    @Option(names = "--negated", description = "also print events the text says did not happen (flagged \"negated\")")
    boolean negated;

    @Mixin
    Threads threads;

    @Mixin
    StatementsOption statements;

    @Mixin
    KnowledgeOption knowledge;

    @Override
    public Integer call() {
        Pipeline pipeline = knowledge.pipeline();
        try (PrintWriter out = Output.stdout(); Progress progress = new Progress(Progress.total(paths))) {
            Runner.Summary s = Runner.run(paths, threads.threads, d -> statements.apply(pipeline.process(d)), d -> false, new Runner.Listener<>() {
                @Override
                public void done(Document d, Analysis a) {
                    write(out, a, negated);
                    progress.tick((negated ? a.events() : a.reported()).size());
                }

                @Override
                public void rejected(String origin, String reason) {
                    Output.rejected(origin, reason);
                }
            });
            out.flush();
            return s.rejected() > 0 ? 1 : 0;
        }
    }

    static void write(PrintWriter out, Analysis a, boolean withNegated) {
        for (Event e : withNegated ? a.events() : a.reported()) out.println(Json.line(Json.event(e)));
    }
}
