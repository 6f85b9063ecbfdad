package org.jixiao.index.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    static final List<String> SEARCHES = List.of("三公经费", "结转结余", "预算执行率", "公务接待费", "政府采购",
            "人力资源", "社会保险基金", "绩效目标", "\"基本支出\"", "项目支出 执行率");
    static final List<String[]> SCOPE_PHASES = List.of(new String[] {"total", "rate"}, new String[] {"total", "actual"},
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
        Validate.notNullParam(dir, "dir");
        Validate.isTrue(n > 0 && queries > 0, "n and queries must be positive");
        long t0 = System.nanoTime();
        long docs;
        long bytes;
        try (ReportIndexer ix = ReportIndexer.open(dir)) {
            indexAll(ix, n);
            ix.commit("bench " + n);
            docs = ix.documents();
            bytes = ix.sizeOnDisk();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress.printf("indexed %d reports in %.1f s%n", n, seconds);
        return new BenchResult(n, docs, seconds, bytes, threads, queries(dir, n, queries));
    }

    /** Only the queries, on an index a bench built before (its reports are the first n variants). */
    public static BenchResult queriesOnly(Path dir, int queries) throws IOException {
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
        long bytes;
        try (ReportIndexer ix = ReportIndexer.open(dir)) {
            bytes = ix.sizeOnDisk();
        }
        return new BenchResult(n, docs, Double.NaN, bytes, 0, queries(dir, n, queries));
    }

    private static List<Latencies> queries(Path dir, int n, int queries) throws IOException {
        try (IndexView view = IndexView.open(dir)) {
            List<Latencies> lat = new ArrayList<>();
            Random rnd = new Random(42);
            lat.add(time("search", queries, () -> search(view, rnd, n)));
            lat.add(time("facts", queries, () -> facts(view, rnd, n)));
            lat.add(time("compare", queries, () -> compare(view, rnd)));
            return lat;
        }
    }

    private void indexAll(ReportIndexer ix, int n) throws IOException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        ix.index("bench/" + i, variants.report(i), variants.findings(i));
                        if ((i + 1) % commitEvery == 0) {
                            ix.commit("bench " + (i + 1));
                            progress.printf("  %d reports%n", i + 1);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : jobs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("bench interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("indexing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Query {
        void run() throws IOException;
    }

    /** Warms up with a fifth of the runs, then times each run (wall clock and thread CPU). */
    private static Latencies time(String name, int runs, Query q) throws IOException {
        for (int i = 0; i < Math.max(5, runs / 5); i++) {
            q.run();
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            q.run();
            nanos[i] = System.nanoTime() - t;
            cpuNanos[i] = cpu.getCurrentThreadCpuTime() - c;
        }
        return Latencies.of(name, nanos, cpuNanos);
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

    private static void compare(IndexView view, Random rnd) {
        String[] sp = SCOPE_PHASES.get(rnd.nextInt(SCOPE_PHASES.size()));
        String rows = rnd.nextInt(4) == 0 ? IndexFields.REGION : IndexFields.DEPARTMENT;
        try {
            new PivotQuery(view).pivot(new PivotRequest(FactFilter.all(1).withScopePhase(sp[0], sp[1]), rows,
                    IndexFields.YEAR, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
