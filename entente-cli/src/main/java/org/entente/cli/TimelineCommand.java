package org.entente.cli;

import org.entente.merge.EventMerger;
import org.entente.merge.StoredMerge;
import org.entente.merge.MergedEvent;
import org.entente.model.Event;
import org.entente.store.DuckDbStore;
import org.entente.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code timeline --dyad AAA-BBB}: the dated events between two countries, oldest first. */
@Command(name = "timeline", mixinStandardHelpOptions = true, description = "Print the dated events between two countries, oldest first.")
final class TimelineCommand implements Callable<Integer> {
    @Option(names = "--dyad", required = true, paramLabel = "A-B", description = "two states: ISO alpha-3 codes or names, e.g. IRN-RUS or Iran-Russia")
    String dyad;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        String[] ab = DyadArgument.parse(dyad);
        try (DuckDbStore db = new DuckDbStore(store.existing()); PrintWriter out = Output.stdout()) {
            print(out, new StoredMerge(new EventMerger()).timeline(db, ab[0], ab[1]), Integer.MAX_VALUE);
            out.flush();
        }
        return 0;
    }

    /** One line of the timeline, and its header. */
    private static final String ROW = "  %-10s %-5s %-30s %-26s %s | %s%n";

    /** The merged events, oldest first, each with its best report and how many documents report it. */
    static void print(PrintWriter out, List<MergedEvent> events, int limit) {
        out.printf(ROW, "date", "grain", "source -> target  CAMEO PLOVER", "document (+others)", "conf", "evidence");
        int n = 0;
        for (MergedEvent m : events) {
            if (n++ >= limit) {
                out.printf("  ... %d more%n", events.size() - limit);
                break;
            }
            Event e = m.event();
            String ev = e.evidence().text();
            if (ev.length() > 100) ev = ev.substring(0, 97) + "...";
            String docs = m.sources() == 1 ? e.doc() : e.doc() + " +" + (m.sources() - 1);
            out.printf(ROW, e.date().value(), e.date().grain().json(),
                    AnalyzeCommand.describe(e), docs, String.format("%.2f", e.confidence()), ev);
        }
    }
}
