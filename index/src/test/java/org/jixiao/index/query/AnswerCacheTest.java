package org.jixiao.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AnswerCacheTest {
    private static void pause(long ms) throws IOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    @Test
    void aQuestionAskedWhileItIsComputedIsComputedOnce() throws Exception {
        AnswerCache cache = new AnswerCache(4);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch asked = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get("q", () -> {
                asked.countDown();
                // the others ask meanwhile
                pause(300);
                return "answer " + computed.incrementAndGet();
            })));
            asked.await(5, TimeUnit.SECONDS);
            for (int i = 0; i < 5; i++) {
                answers.add(pool.submit(() -> cache.get("q", () -> "answer " + computed.incrementAndGet())));
            }
            for (Future<String> f : answers) {
                assertEquals("answer 1", f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get());
            assertEquals(1, cache.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whenTheComputationFailsTheWaitingComputeItThemselves() throws Exception {
        AnswerCache cache = new AnswerCache(4);
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch waiting = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> failing = pool.submit(() -> cache.get("q", () -> {
                asked.countDown();
                pause(100);
                await(waiting);
                pause(100);
                throw new IOException("disk gone");
            }));
            asked.await(5, TimeUnit.SECONDS);
            Future<String> waiter = pool.submit(() -> {
                waiting.countDown();
                return cache.get("q", () -> "computed by the waiter");
            });
            assertEquals("computed by the waiter", waiter.get(10, TimeUnit.SECONDS));
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> failing.get(10, TimeUnit.SECONDS));
            assertEquals("disk gone", e.getCause().getMessage());
            assertEquals("fresh", cache.get("q", () -> "fresh"), "a failure is not kept");
        } finally {
            pool.shutdownNow();
        }
    }
}
