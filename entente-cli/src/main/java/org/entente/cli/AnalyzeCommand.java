package org.entente.cli;

import org.entente.merge.EventMerger;
import org.entente.merge.StoredMerge;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.Runner;
import org.entente.store.DuckDbStore;
import org.entente.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code analyze PATH... [--db FILE]}: everything into the store, then a short report. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Analyse articles into the store and report what was found.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Mixin
    StoreOption store;

    @Mixin
    Threads threads;

    @Mixin
    StatementsOption statements;

    @Mixin
    KnowledgeOption knowledge;

    @picocli.CommandLine.Option(names = "--remerge", description = "merge every stored report again (after the merge rules changed), not only the blocks new reports fall in")
    boolean remerge;

    @Override
    public Integer call() {
        Pipeline pipeline = knowledge.pipeline();
        int[] events = new int[2]; // new events, repeated documents within this run
        try (DuckDbStore db = new DuckDbStore(store.db); PrintWriter out = Output.stdout(); Progress progress = new Progress(Progress.total(paths))) {
            Runner.Summary s = Runner.run(paths, threads.threads, d -> statements.apply(pipeline.process(d)), db::contains, new Runner.Listener<>() {
                @Override
                public void done(Document d, Analysis a) {
                    int found = 0;
                    if (db.put(d, a.annotated().article(), a.events())) {
                        found = a.reported().size();
                        events[0] += found;
                    } else {
                        events[1]++;
                    }
                    progress.tick(found);
                }

                @Override
                public void rejected(String origin, String reason) {
                    Output.rejected(origin, reason);
                }
            });
            progress.close();
            StoredMerge merge = new StoredMerge(new EventMerger());
            int blocks = remerge ? merge.remergeAll(db) : merge.update(db);
            if (blocks > 0) System.err.printf("merged %d block%s (pairs of states and years, undated reports alone)%n", blocks, blocks == 1 ? "" : "s");
            report(out, db, s, events[0], events[1]);
            out.flush();
            return s.rejected() > 0 ? 1 : 0;
        }
    }

    private void report(PrintWriter out, DuckDbStore db, Runner.Summary s, int newEvents, int repeated) {
        out.printf("documents: %d read, %d rejected, %d already stored; %d new events; store %s holds %d documents%n",
                s.read(), s.rejected(), s.skipped() + repeated, newEvents, store.db, db.documentCount());
        List<EventStore.DyadCount> dyads = db.dyads(10);
        if (dyads.isEmpty()) {
            out.println("no dyadic events");
            return;
        }
        out.println("busiest dyads (reports: one per document and sentence that reports an act; events: the happenings they merge into):");
        out.printf("  %-12s %7s %7s%n", "dyad", "reports", "events");
        for (EventStore.DyadCount d : dyads) {
            out.printf("  %-12s %7d %7d%s%n", d.dyad(), d.events(), d.happenings(),
                    d.sides().isEmpty() ? "" : "   within one state: " + d.sides());
        }
        String[] busiest = dyads.get(0).dyad().split("-", 2);
        out.println("timeline " + dyads.get(0).dyad() + ":");
        TimelineCommand.print(out, new StoredMerge(new EventMerger()).timeline(db, busiest[0], busiest[1]), 40);
    }

    static String describe(Event e) {
        return e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code()) + "  " + e.cameo()
                + " " + (e.plover() == null ? "" : e.plover());
    }
}
