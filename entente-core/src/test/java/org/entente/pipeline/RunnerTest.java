package org.entente.pipeline;

import org.entente.model.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner's order and its time limit per document. */
class RunnerTest {
    @Test
    void aDocumentThatNeverFinishesIsRejectedByNameAndTheRestAreDeliveredInOrder() {
        CountDownLatch never = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        List<String> done = new ArrayList<>(), rejected = new ArrayList<>();
        long t0 = System.nanoTime();
        Runner.Summary s = Runner.run(sink -> {
            for (int i = 0; i < 8; i++) sink.accept(Document.ofText("d" + i, "in.jsonl:" + (i + 1), "text " + i));
        }, 2, d -> {
            if (d.id().equals("d2") || d.id().equals("d5")) {
                try {
                    never.await(); // a stage stuck in a loop (interrupted, it stops; the runner does not wait for that)
                } catch (InterruptedException e) {
                    while (!released.get()) { // and one that ignores the interruption
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException ignored) {
                            // keeps going
                        }
                    }
                }
            }
            return d.id().toUpperCase();
        }, d -> false, new Runner.Listener<String>() {
            @Override
            public void done(Document d, String result) {
                done.add(result);
            }

            @Override
            public void rejected(String origin, String reason) {
                rejected.add(origin + ": " + reason);
            }
        }, 500);
        double seconds = (System.nanoTime() - t0) / 1e9;
        released.set(true);
        assertEquals(List.of("D0", "D1", "D3", "D4", "D6", "D7"), done);
        assertEquals(2, rejected.size(), rejected.toString());
        assertTrue(rejected.get(0).startsWith("in.jsonl:3: took longer than"), rejected.get(0));
        assertTrue(rejected.get(1).startsWith("in.jsonl:6: "), rejected.get(1));
        assertEquals(new Runner.Summary(6, 2, 0), s);
        assertTrue(seconds < 10, "the run does not wait for the stuck documents: " + seconds);
    }

    @Test
    void theLimitComesFromTheEnvironmentWhenItIsANumber() {
        assertEquals(300, Runner.limit(null, 300));
        assertEquals(300, Runner.limit("soon", 300));
        assertEquals(20, Runner.limit(" 20 ", 300));
        assertEquals(1, Runner.limit("0", 300));
    }
}
