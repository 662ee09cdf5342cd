package org.entente.pipeline;

import org.entente.ingest.IngestSink;
import org.entente.ingest.Inputs;
import org.entente.model.Document;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs a per-document job over the inputs on several threads, delivering results in input
 * order on the calling thread. Bad input and documents that fail are reported by name; the
 * rest go on.
 */
public final class Runner {
    /** What a run reports. */
    public interface Listener<R> {
        void done(Document d, R result);

        void rejected(String origin, String reason);

        /** A document the caller chose to skip (already stored, say). */
        default void skipped(Document d) {
        }
    }

    /** Counts of a run. */
    public record Summary(int read, int rejected, int skipped) {
    }

    private Runner() {
    }

    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public static <R> Summary run(List<Path> paths, int threads, Function<Document, R> job, Predicate<Document> skip,
                                  Listener<R> listener) {
        return run(sink -> Inputs.read(paths, sink), threads, job, skip, listener);
    }

    /** The same over any source of documents (a JSON Lines stream on standard input, say). */
    public static <R> Summary run(Consumer<IngestSink> source, int threads, Function<Document, R> job,
                                  Predicate<Document> skip, Listener<R> listener) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "entente-worker");
            t.setDaemon(true);
            return t;
        });
        int[] counts = new int[3];
        Deque<Pending<R>> pending = new ArrayDeque<>();
        try {
            source.accept(new IngestSink() {
                @Override
                public void accept(Document d) {
                    if (skip.test(d)) {
                        counts[2]++;
                        listener.skipped(d);
                        return;
                    }
                    pending.add(new Pending<>(d, pool.submit(() -> job.apply(d))));
                    while (pending.size() > threads * 2) deliver(pending.poll(), listener, counts);
                }

                @Override
                public void reject(String origin, String reason) {
                    counts[1]++;
                    listener.rejected(origin, reason);
                }
            });
            while (!pending.isEmpty()) deliver(pending.poll(), listener, counts);
        } finally {
            pool.shutdownNow();
        }
        return new Summary(counts[0], counts[1], counts[2]);
    }

    private record Pending<R>(Document d, Future<R> f) {
    }

    private static <R> void deliver(Pending<R> p, Listener<R> listener, int[] counts) {
        Document d = p.d();
        Future<R> f = p.f();
        try {
            R r = f.get();
            counts[0]++;
            listener.done(d, r);
        } catch (ExecutionException e) {
            counts[1]++;
            Throwable c = e.getCause();
            listener.rejected(d.origin(), "failed: " + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
