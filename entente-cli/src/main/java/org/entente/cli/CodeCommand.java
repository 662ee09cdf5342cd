package org.entente.cli;

import org.entente.events.CameoTable;
import org.entente.events.DependencyCoder;
import org.entente.events.JudgedCoder;
import org.entente.events.Lexicon;
import org.entente.events.PetrarchVerbDictionary;
import org.entente.model.Document;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code code [FILE|-]}: codes sentences given as JSON lines; each event's {@code doc} is the line's id. */
@Command(name = "code", mixinStandardHelpOptions = true, description = "Code sentences given as JSON lines {\"id\",\"text\",\"date\"} (FILE or - for stdin).")
final class CodeCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "JSON lines file, or - (default) for standard input")
    String file = "-";

    @Option(names = "--negated", description = "also print negated events")
    boolean negated;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "extra event patterns: our verbs.tsv format, or a PETRARCH CAMEO verb dictionary (CAMEO.2.0.txt)")
    Path lexicon;

    @Option(names = "--explain", description = "print each sentence's parse and actor mentions on stderr")
    boolean explain;

    @Mixin
    Threads threads;

    @Mixin
    StatementsOption statements;

    @Mixin
    KnowledgeOption knowledge;

    @Override
    public Integer call() {
        Pipeline pipeline = knowledge.pipeline();
        if (lexicon != null) {
            pipeline = pipeline.withCoder(JudgedCoder.over(new DependencyCoder(Lexicon.standard().plus(extraLexicon(lexicon)), CameoTable.standard())));
        }
        Pipeline p = pipeline;
        try (PrintWriter out = Output.stdout(); Progress progress = new Progress(Progress.lines(file), "sentences", true)) {
            Runner.Summary s = Runner.run(sink -> SentenceInput.read(file, sink), threads.threads,
                    d -> statements.apply(p.process(d, SentenceInput.article(d))), d -> false, new Runner.Listener<>() {
                        @Override
                        public void done(Document d, Analysis a) {
                            if (explain) System.err.print(Explain.of(a));
                            EventsCommand.write(out, a, negated);
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

    /** An extra lexicon from a file of either format; a PETRARCH dictionary's counts and problems go to stderr. */
    static Lexicon extraLexicon(Path file) {
        try {
            if (!PetrarchVerbDictionary.looksLike(file)) return Lexicon.read(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long t = System.nanoTime();
        PetrarchVerbDictionary.Result r = PetrarchVerbDictionary.read(file);
        for (String problem : r.problems()) System.err.println("entente: " + problem);
        System.err.printf("entente: %s: %d patterns read (%d left out: constraints our patterns cannot express; %d unreadable lines) in %.2f s%n",
                file, r.patterns(), r.skipped(), r.problems().size(), (System.nanoTime() - t) / 1e9);
        return r.lexicon();
    }
}
