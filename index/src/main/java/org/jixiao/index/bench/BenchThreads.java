package org.jixiao.index.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.model.Validate;

/** Indexing from several threads for the benches: each thread takes the next report until all are done. */
public final class BenchThreads {
    /** The work on report {@code i}. */
    public interface Job {
        void run(int i) throws IOException;
    }

    /** What one thread sets up for itself (a document builder …) before it takes reports. */
    public interface Worker {
        Job start() throws IOException;
    }

    private BenchThreads() {
    }

    /** Runs each report {@code 0 … n−1} once from {@code threads} threads; the CPU seconds they used. */
    public static double cpuSeconds(int threads, int n, Worker worker) throws IOException {
        Validate.isTrue(threads > 0, "threads must be positive");
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try {
            List<Future<Long>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    Job job = worker.start();
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        job.run(i);
                    }
                    return mx.getCurrentThreadCpuTime() - cpu0;
                }));
            }
            long cpu = 0;
            for (Future<Long> f : jobs) {
                cpu += f.get();
            }
            return cpu / 1e9;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("bench interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("indexing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
