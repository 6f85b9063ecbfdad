package org.jixiao.index.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            tasks.add(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                Job job = worker.start();
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    job.run(i);
                }
                return mx.getCurrentThreadCpuTime() - cpu0;
            });
        }
        long cpu = 0;
        for (long c : inParallel(tasks, "indexing")) {
            cpu += c;
        }
        return cpu / 1e9;
    }

    /**
     * Runs each task on a thread of its own, all at once; their results in the tasks' order. A task's
     * failure is an IOException saying {@code what} failed, with the task's exception as its cause.
     */
    static <T> List<T> inParallel(List<Callable<T>> tasks, String what) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> jobs = new ArrayList<>();
            tasks.forEach(t -> jobs.add(pool.submit(t)));
            List<T> out = new ArrayList<>();
            for (Future<T> f : jobs) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("bench interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(what + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
