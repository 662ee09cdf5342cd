package org.entente.pipeline;

import org.entente.ingest.IngestSink;
import org.entente.ingest.Inputs;
import org.entente.model.Document;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs a per-document job over the inputs on several threads, delivering results in input
 * order on the calling thread. Bad input and documents that fail are reported by name; the
 * rest go on. No document holds the others up for longer than the time limit: one that runs
 * longer is rejected by name (its thread is interrupted and a fresh one takes its place, as Java
 * cannot stop a thread from outside) and the results behind it are delivered.
 */
public final class Runner {
    /** Seconds one document may take, from when its work starts: {@code ENTENTE_DOC_SECONDS}, else 300. */
    public static final long DOC_SECONDS = limit(System.getenv("ENTENTE_DOC_SECONDS"), 300);

    static long limit(String value, long dflt) {
        try {
            return value == null || value.isBlank() ? dflt : Math.max(1, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

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
        return run(source, threads, job, skip, listener, DOC_SECONDS * 1000);
    }

    /** The same with a time limit per document, in milliseconds. */
    public static <R> Summary run(Consumer<IngestSink> source, int threads, Function<Document, R> job,
                                  Predicate<Document> skip, Listener<R> listener, long limitMillis) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
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
                    AtomicLong started = new AtomicLong();
                    pending.add(new Pending<>(d, pool.submit(() -> {
                        started.set(System.nanoTime());
                        return job.apply(d);
                    }), started));
                    while (pending.size() > threads * 2) deliver(pending.poll(), listener, counts, pool, limitMillis);
                }

                @Override
                public void reject(String origin, String reason) {
                    counts[1]++;
                    listener.rejected(origin, reason);
                }
            });
            while (!pending.isEmpty()) deliver(pending.poll(), listener, counts, pool, limitMillis);
        } finally {
            pool.shutdownNow();
        }
        return new Summary(counts[0], counts[1], counts[2]);
    }

    private record Pending<R>(Document d, Future<R> f, AtomicLong started) {
    }

    private static <R> void deliver(Pending<R> p, Listener<R> listener, int[] counts, ThreadPoolExecutor pool, long limitMillis) {
        Document d = p.d();
        Future<R> f = p.f();
        try {
            R r = awaitWithin(p, limitMillis);
            if (r == null && !f.isDone()) {
                f.cancel(true);
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1); // the stuck thread may never return: another takes its place
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                counts[1]++;
                listener.rejected(d.origin(), "took longer than " + Math.round(limitMillis / 1000.0) + " s (the limit per document, ENTENTE_DOC_SECONDS); left out");
                return;
            }
            counts[0]++;
            listener.done(d, r);
        } catch (ExecutionException e) {
            counts[1]++;
            Throwable c = e.getCause();
            if (c instanceof org.entente.model.DocumentRefused) {
                listener.rejected(d.origin(), c.getMessage());
                return;
            }
            listener.rejected(d.origin(), "failed: " + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The result once the work is done, or null when it ran past the limit since it started (waiting in the queue does not count). */
    private static <R> R awaitWithin(Pending<R> p, long limitMillis) throws ExecutionException, InterruptedException {
        while (true) {
            long started = p.started().get();
            long left = started == 0 ? 200 : limitMillis - (System.nanoTime() - started) / 1_000_000;
            if (left <= 0) return p.f().isDone() ? p.f().get() : null;
            try {
                return p.f().get(left, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                // not started yet, or still within its time: look again
            }
        }
    }
}
