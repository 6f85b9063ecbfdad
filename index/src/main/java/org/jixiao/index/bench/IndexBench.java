package org.jixiao.index.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jixiao.index.IndexFields;
import org.jixiao.index.ReportIndexer;
import org.jixiao.index.query.IndexView;
import org.jixiao.index.query.LuceneBackend;
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
            Map<String, BackendTimer.Query> kinds = new BackendTimer(new LuceneBackend(view), n).kinds();
            kinds.put("compare/kept", new BackendTimer(new LuceneBackend(keeping), n).kinds().get("compare"));
            return BackendTimer.time(kinds, queries, clients, l -> { });
        }
    }

    /** Indexes the variants from {@code threads} threads; the CPU seconds they used. */
    private double indexAll(ReportIndexer ix, int n) throws IOException {
        return BenchThreads.cpuSeconds(threads, n, () -> i -> {
            ix.index("bench/" + i, variants.report(i), variants.findings(i));
            if ((i + 1) % commitEvery == 0) {
                ix.commit("bench " + (i + 1));
                progress.printf("  %d reports%n", i + 1);
            }
        });
    }
}
