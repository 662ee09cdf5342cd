package org.entente.cli;

import org.entente.actors.KnowledgeBase;
import org.entente.actors.PetrarchDictionary;
import org.entente.pipeline.Pipeline;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --dictionary FILE}: PETRARCH/TABARI actor or agent dictionaries merged with our knowledge base. */
final class KnowledgeOption {
    @Option(names = "--dictionary", paramLabel = "FILE", description = "a PETRARCH/TABARI actor or agent dictionary to merge (repeatable)")
    List<Path> dictionaries = new ArrayList<>();

    KnowledgeBase knowledge() {
        if (dictionaries.isEmpty()) return KnowledgeBase.standard();
        long t0 = System.nanoTime();
        List<PetrarchDictionary.Report> reports = new ArrayList<>();
        KnowledgeBase kb = KnowledgeBase.withDictionaries(dictionaries, reports);
        for (PetrarchDictionary.Report r : reports) {
            System.err.printf("dictionary %s: %d entries, %d names, %d malformed lines%n", r.file(), r.entries(), r.names(), r.malformed().size());
            for (String m : r.malformed()) System.err.println("  " + m);
        }
        System.err.printf("dictionaries loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return kb;
    }

    Pipeline pipeline() {
        return dictionaries.isEmpty() ? Pipeline.standard() : Pipeline.standard(knowledge());
    }
}
