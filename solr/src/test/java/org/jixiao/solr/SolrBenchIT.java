package org.jixiao.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.jixiao.check.Checker;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.index.ReportIndexer;
import org.jixiao.index.bench.Latencies;
import org.jixiao.index.bench.ReportVariants;
import org.jixiao.index.query.IndexBackend;
import org.jixiao.index.query.IndexView;
import org.jixiao.index.query.LuceneBackend;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.index.bench.BackendTimer;

/**
 * The SolrCloud bench: N variants of the sample reports (bench-index's, {@link ReportVariants})
 * indexed through the mirror into the local index and a 2-shard collection on the 2-node test
 * cluster, then the same random search, facts and compare requests as bench-index timed against
 * each backend through {@link IndexBackend}. Runs only when asked:
 * {@code mvn -pl solr -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=SolrBenchIT -Djixiao.solr.bench.reports=10000 [-Djixiao.solr.bench.queries=200]}.
 */
@EnabledIfSystemProperty(named = "jixiao.solr.bench.reports", matches = "\\d+")
class SolrBenchIT {
    private final PrintWriter out = new PrintWriter(System.out, true);

    @Test
    void bench() throws Exception {
        int n = Integer.parseInt(System.getProperty("jixiao.solr.bench.reports"));
        int queries = Integer.getInteger("jixiao.solr.bench.queries", 200);
        ReportVariants variants = variants();
        Path local = Path.of("target", "solr-bench", "lucene").toAbsolutePath();
        try (SolrCluster solr = new SolrCluster("solr-bench")) {
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            try (ReportIndexer ix = ReportIndexer.open(local, SolrMirror.standard(solr.client, SolrCluster.COLLECTION))) {
                index(ix, variants, n, 2);
                ix.commit("bench " + n);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            // the machine is shared: CPU seconds say what the indexing cost where wall time says how busy it was
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            long solrDocs = solr.client.query(SolrCluster.COLLECTION, new SolrQuery("*:*").setRows(0)).getResults()
                    .getNumFound();
            out.printf("indexed %d reports into Lucene and SolrCloud (2 nodes, 2 shards) in %.0f s: %.1f reports/s, "
                    + "%.1f reports per CPU second (client, both nodes and Lucene in this JVM, load average %.1f); "
                    + "Solr documents %d (%.0f per report), Solr index %.1f MB, Lucene index %.1f MB%n", n, seconds,
                    n / seconds, n / cpuSeconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    solrDocs, solrDocs / (double) n, solrBytes(solr) / 1e6, size(local) / 1e6);
            // every Lucene answer computed (a view that keeps none), as Solr's are
            try (LuceneBackend lucene = new LuceneBackend(IndexView.open(local, 0))) {
                SolrBackend remote = SolrBackend.of(solr.client, SolrCluster.COLLECTION);
                assertEquals(lucene.reports().size(), remote.reports().size(), "both backends hold the reports");
                for (IndexBackend b : List.of(lucene, remote)) {
                    out.println(b == lucene ? "embedded Lucene:" : "SolrCloud, 2 nodes × 1 shard each:");
                    for (Latencies l : new BackendTimer(b, n).time(queries, 1, l -> { })) {
                        out.println("  " + l);
                    }
                }
            }
        }
    }

    /** bench-index's seeds: one extracted sample per department, year and kind. */
    private static ReportVariants variants() throws Exception {
        List<Report> seeds = new ArrayList<>();
        Map<String, List<Finding>> findings = new HashMap<>();
        Checker checker = Checker.standard();
        Set<String> seen = new HashSet<>();
        try (ReportExtractor extractor = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            for (Path f : SolrCluster.samples()) {
                Report r = extractor.extract(f);
                if (!r.failed() && r.meta().department() != null
                        && seen.add(r.meta().department() + "|" + r.meta().fiscalYear() + "|" + r.meta().kind())) {
                    seeds.add(r);
                    findings.put(r.id(), checker.check(r));
                }
            }
        }
        assertTrue(!seeds.isEmpty(), "seeds");
        return new ReportVariants(seeds, findings);
    }

    private void index(ReportIndexer ix, ReportVariants v, int n, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        ix.index("bench/" + i, v.report(i), v.findings(i));
                        if ((i + 1) % 1000 == 0) {
                            ix.commit("bench " + (i + 1));
                            out.printf("  %d reports%n", i + 1);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long solrBytes(SolrCluster solr) throws Exception {
        long bytes = 0;
        for (var jetty : solr.cluster.getJettySolrRunners()) {
            for (var core : jetty.getCoreContainer().getCores()) {
                bytes += core.getIndexSize();
            }
        }
        return bytes;
    }

    private static long size(Path dir) throws Exception {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
