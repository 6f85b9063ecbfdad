package org.jixiao.index.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.jixiao.index.IndexFields;
import org.jixiao.index.ReportIndexer;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.FactSearch;
import org.jixiao.index.query.IndexView;
import org.jixiao.index.query.PivotQuery;
import org.jixiao.index.query.PivotRequest;
import org.jixiao.index.query.SearchRequest;
import org.jixiao.index.query.TextSearch;
import org.jixiao.model.Validate;

/**
 * Builds an index of {@code n} report variants with a few threads, committing every
 * {@code commitEvery} reports, then times search, facts and compare queries on it.
 */
public final class IndexBench {
    public static final List<String> SEARCHES = List.of("三公经费", "结转结余", "预算执行率", "公务接待费", "政府采购",
            "人力资源", "社会保险基金", "绩效目标", "\"基本支出\"", "项目支出 执行率");
    public static final List<String[]> SCOPE_PHASES = List.of(new String[] {"total", "rate"}, new String[] {"total", "actual"},
            new String[] {"basic", "budget-final"}, new String[] {"sangong", "actual"}, new String[] {"project", "rate"});

    private final ReportVariants variants;
    private final int threads;
    private final int commitEvery;
    private final PrintWriter progress;

    public IndexBench(ReportVariants variants, int threads, int commitEvery, PrintWriter progress) {
        this.variants = Validate.notNullParam(variants, "variants");
        Validate.isTrue(threads > 0 && commitEvery > 0, "threads and commitEvery must be positive");
        this.threads = threads;
        this.commitEvery = commitEvery;
        this.progress = Validate.notNullParam(progress, "progress");
    }

    /** Indexes {@code n} variants into {@code dir} (which should be empty) and runs {@code queries} of each kind. */
    public BenchResult run(Path dir, int n, int queries) throws IOException {
        return run(dir, n, queries, 1);
    }

    /** {@link #run(Path, int, int)}, then the queries again from {@code clients} threads at once when more than one. */
    public BenchResult run(Path dir, int n, int queries, int clients) throws IOException {
        Validate.notNullParam(dir, "dir");
        Validate.isTrue(n > 0 && queries > 0, "n and queries must be positive");
        long t0 = System.nanoTime();
        long docs;
        long bytes;
        double cpu;
        try (ReportIndexer ix = ReportIndexer.open(dir)) {
            cpu = indexAll(ix, n);
            ix.commit("bench " + n);
            docs = ix.documents();
            bytes = ix.sizeOnDisk();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress.printf("indexed %d reports in %.1f s%n", n, seconds);
        return new BenchResult(n, docs, seconds, bytes, threads, queries(dir, n, queries, clients), cpu);
    }

    /** Only the queries, on an index a bench built before (its reports are the first n variants). */
    public static BenchResult queriesOnly(Path dir, int queries) throws IOException {
        return queriesOnly(dir, queries, 1);
    }

    /** {@link #queriesOnly(Path, int)}, then from {@code clients} threads at once when more than one. */
    public static BenchResult queriesOnly(Path dir, int queries, int clients) throws IOException {
        Validate.notNullParam(dir, "dir");
        Validate.isTrue(queries > 0, "queries must be positive");
        int n;
        long docs;
        try (IndexView view = IndexView.open(dir)) {
            n = view.facetCountsOfType(IndexFields.TYPE_REPORT, IndexFields.TYPE, 1)
                    .getOrDefault(IndexFields.TYPE_REPORT, 0);
            docs = view.reader().numDocs();
        }
        Validate.isTrue(n > 0, "no reports in the index at " + dir);
        // the files' sizes, without opening a writer: an index of an older schema this version reads is timed too
        long bytes = 0;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                bytes += java.nio.file.Files.isRegularFile(f) ? java.nio.file.Files.size(f) : 0;
            }
        }
        return new BenchResult(n, docs, Double.NaN, bytes, 0, queries(dir, n, queries, clients));
    }

    private static List<Latencies> queries(Path dir, int n, int queries, int clients) throws IOException {
        Validate.isTrue(clients > 0, "clients must be positive");
        // every query computed (a view that keeps no answer), then compare again from a view that
        // keeps them, as the web app's does: the bench asks ten different pivots
        try (IndexView view = IndexView.open(dir, 0); IndexView keeping = IndexView.open(dir)) {
            List<Latencies> lat = new ArrayList<>();
            Map<String, Query> kinds = new LinkedHashMap<>();
            kinds.put("search", rnd -> search(view, rnd, n));
            kinds.put("facts", rnd -> facts(view, rnd, n));
            kinds.put("compare", rnd -> compare(view, rnd));
            kinds.put("compare/kept", rnd -> compare(keeping, rnd));
            for (Map.Entry<String, Query> k : kinds.entrySet()) {
                Samples one = time(queries, k.getValue(), new Random(42));
                lat.add(Latencies.of(k.getKey(), one.nanos, one.cpuNanos));
            }
            if (clients > 1) {
                for (Map.Entry<String, Query> k : kinds.entrySet()) {
                    lat.add(concurrently(k.getKey() + "×" + clients, queries, clients, k.getValue()));
                }
            }
            return lat;
        }
    }

    /** Each of {@code clients} threads times {@code runs} queries; the latencies of all of them. */
    private static Latencies concurrently(String name, int runs, int clients, Query q) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Samples>> jobs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random rnd = new Random(42 + c);
                jobs.add(pool.submit(() -> time(runs, q, rnd)));
            }
            long[] nanos = new long[0];
            long[] cpu = new long[0];
            for (Future<Samples> f : jobs) {
                Samples s = f.get();
                nanos = concat(nanos, s.nanos);
                cpu = concat(cpu, s.cpuNanos);
            }
            return Latencies.of(name, nanos, cpu);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("bench interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("query failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Indexes the variants from {@code threads} threads; the CPU seconds they used. */
    private double indexAll(ReportIndexer ix, int n) throws IOException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try {
            List<Future<Long>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        ix.index("bench/" + i, variants.report(i), variants.findings(i));
                        if ((i + 1) % commitEvery == 0) {
                            ix.commit("bench " + (i + 1));
                            progress.printf("  %d reports%n", i + 1);
                        }
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

    private static long[] concat(long[] a, long[] b) {
        long[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Wall-clock and thread CPU nanoseconds of each timed run. */
    private record Samples(long[] nanos, long[] cpuNanos) {
    }

    private interface Query {
        void run(Random rnd) throws IOException;
    }

    /** Warms up with a fifth of the runs, then times each run (wall clock and thread CPU). */
    private static Samples time(int runs, Query q, Random rnd) throws IOException {
        for (int i = 0; i < Math.max(5, runs / 5); i++) {
            q.run(rnd);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            q.run(rnd);
            nanos[i] = System.nanoTime() - t;
            cpuNanos[i] = cpu.getCurrentThreadCpuTime() - c;
        }
        return new Samples(nanos, cpuNanos);
    }

    private static void search(IndexView view, Random rnd, int n) throws IOException {
        String q = SEARCHES.get(rnd.nextInt(SEARCHES.size()));
        boolean filtered = rnd.nextInt(3) == 0;
        int i = rnd.nextInt(n);
        new TextSearch(view).search(new SearchRequest(q, filtered ? ReportVariants.department(i) : null,
                filtered ? ReportVariants.FIRST_YEAR + i % ReportVariants.YEARS : null, 20));
    }

    private static void facts(IndexView view, Random rnd, int n) throws IOException {
        String[] sp = SCOPE_PHASES.get(rnd.nextInt(SCOPE_PHASES.size()));
        int i = rnd.nextInt(n);
        String dept = rnd.nextBoolean() ? ReportVariants.department(i) : null;
        BigDecimal min = rnd.nextBoolean() ? new BigDecimal("0.8") : null;
        new FactSearch(view).search(new FactFilter(sp[0], sp[1], null, dept, null, null, min, null, 100));
    }

    private static void compare(IndexView view, Random rnd) throws IOException {
        String[] sp = SCOPE_PHASES.get(rnd.nextInt(SCOPE_PHASES.size()));
        String rows = rnd.nextInt(4) == 0 ? IndexFields.REGION : IndexFields.DEPARTMENT;
        new PivotQuery(view).pivot(new PivotRequest(FactFilter.all(1).withScopePhase(sp[0], sp[1]), rows,
                IndexFields.YEAR, false));
    }
}
