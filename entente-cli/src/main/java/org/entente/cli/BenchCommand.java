package org.entente.cli;

import org.entente.geo.Gazetteer;
import org.entente.ingest.IngestSink;
import org.entente.ingest.Inputs;
import org.entente.model.Article;
import org.entente.model.Document;
import org.entente.nlp.CoreNlpAnnotator;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.model.AnnotatedArticle;

/**
 * {@code bench [PATH]}: the full pipeline over a corpus, then a CoreNLP tokenize+POS-only pass over
 * the same documents in the same run; prints articles/s, tokens/s, peak heap and RSS, and the ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure the pipeline's speed against a CoreNLP POS-only pass (default corpus: Reuters in ../shared).")
final class BenchCommand implements Callable<Integer> {
    static final Path REUTERS = Path.of("..", "shared", "corpus", "reuters21578", "reuters21578.jsonl");

    @Parameters(arity = "0..1", paramLabel = "PATH")
    Path path = REUTERS;

    @Option(names = "--limit", description = "documents to use (default 2000; 0 for all)")
    int limit = 2000;

    @Mixin
    Threads threads;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(path)) throw new IllegalArgumentException("no corpus at " + path);
        List<Document> docs = load();
        Gazetteer.Footprint gazetteer = Gazetteer.measure();
        Pipeline pipeline = Pipeline.standard();
        MemoryWatch mem = new MemoryWatch();
        mem.start();
        // warm-up: load models and the knowledge base, and let the JIT compile both paths, outside the timed runs
        for (int i = 0; i < Math.min(50, docs.size()); i++) {
            pipeline.process(docs.get(i));
            CoreNlpAnnotator.baseline(docs.get(i).content());
        }

        List<Article> articles = new ArrayList<>(docs.size());
        for (Document d : docs) articles.add(pipeline.clean(d));
        AtomicInteger tokens = new AtomicInteger();
        AtomicInteger events = new AtomicInteger();
        java.util.Map<String, Double> before = pipeline.chain().seconds();
        long t0 = System.nanoTime();
        parallel(docs.size(), i -> {
            Analysis a = pipeline.process(docs.get(i), articles.get(i));
            tokens.addAndGet(a.tokens());
            events.addAndGet(a.reported().size());
        });
        double full = (System.nanoTime() - t0) / 1e9;
        java.util.Map<String, Double> stageSeconds = pipeline.chain().seconds();
        stageSeconds.replaceAll((name, sec) -> sec - before.getOrDefault(name, 0.0));

        AtomicInteger baseTokens = new AtomicInteger();
        long t1 = System.nanoTime();
        parallel(docs.size(), i -> baseTokens.addAndGet(CoreNlpAnnotator.baseline(articles.get(i).text())));
        double base = (System.nanoTime() - t1) / 1e9;

        String pipelineRss = MemoryWatch.peakRss();

        // the actors stage alone: recognition and resolution over already tokenised articles (at most
        // 2,000, held in memory together)
        int sample = Math.min(2000, docs.size());
        List<AnnotatedArticle> annotated = new ArrayList<>(java.util.Collections.nCopies(sample, null));
        parallel(sample, i -> annotated.set(i, pipeline.annotate(articles.get(i))));
        AtomicInteger mentions = new AtomicInteger();
        AtomicLong recognisedTokens = new AtomicLong();
        long t2 = System.nanoTime();
        parallel(sample, i -> {
            AnnotatedArticle a = annotated.get(i);
            mentions.addAndGet(pipeline.recognize(a).size());
            long n = 0;
            for (var s : a.sentences()) n += s.tokens().size();
            recognisedTokens.addAndGet(n);
        });
        double recog = (System.nanoTime() - t2) / 1e9;
        mem.stop();

        System.out.printf("corpus: %s (%d documents, %d rejected lines skipped, %d threads)%n", path, docs.size(), rejected, threads.threads);
        System.out.printf("pipeline:  %.1f articles/s, %.0f tokens/s, %d events, %.1f s%n",
                docs.size() / full, tokens.get() / full, events.get(), full);
        System.out.printf("baseline (CoreNLP tokenize+ssplit+pos): %.1f articles/s, %.0f tokens/s, %.1f s%n",
                docs.size() / base, baseTokens.get() / base, base);
        System.out.printf("actors alone (recognise + resolve, %d names, %d articles): %.0f tokens/s, %d mentions, %.2f s%n",
                pipeline.knowledgeNames(), sample, recognisedTokens.get() / recog, mentions.get(), recog);
        System.out.printf("ratio: pipeline runs at %.2f of the POS-only speed%n", base / full);
        double all = stageSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder shares = new StringBuilder();
        stageSeconds.forEach((name, sec) -> shares.append(String.format(" %s %.1f%%", name, 100 * sec / all)));
        System.out.println("time by stage:" + shares);
        System.out.printf("gazetteer: %d names, loaded in %.2f s, %d MB of heap%n", gazetteer.names(), gazetteer.seconds(), gazetteer.heapMb());
        System.out.printf("peak heap: %d MB; peak RSS: %s after the pipeline pass, %s in all%n", mem.peakHeapMb(), pipelineRss,
                MemoryWatch.peakRss());
        return 0;
    }

    private int rejected;

    private List<Document> load() {
        List<Document> docs = new ArrayList<>();
        Inputs.read(List.of(path), new IngestSink() {
            @Override
            public void accept(Document d) {
                if (limit <= 0 || docs.size() < limit) docs.add(d);
            }

            @Override
            public void reject(String origin, String reason) {
                rejected++;
            }
        });
        if (docs.isEmpty()) throw new IllegalArgumentException("no documents in " + path);
        return docs;
    }

    private interface IndexJob {
        void run(int i) throws Exception;
    }

    private void parallel(int n, IndexJob job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads.threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads.threads; t++) {
                fs.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < n) job.run(i);
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdownNow();
        }
    }

}
