package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.jixiao.check.Checker;
import org.jixiao.index.bench.BenchResult;
import org.jixiao.index.bench.IndexBench;
import org.jixiao.index.bench.ReportVariants;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.pipeline.Pipeline;
import org.jixiao.solr.SolrTarget;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jixiao bench-index}: extracts the sample reports once, indexes thousands of variants of
 * them (other departments and years, scaled figures) and times search, facts and compare.
 */
@Command(name = "bench-index", mixinStandardHelpOptions = true,
        description = {"Benchmark the index: build it from N variants of the sample reports (department names "
                + "and years varied, figures scaled), print the indexing rate, the index size and the "
                + "p50/p95/p99 latency of search, facts and compare.",
                "--backend solr does the same with a SolrCloud collection (--solr, --collection; created with 2 shards "
                        + "when missing, else it must be empty): the variants go straight to Solr, one commit at the end."})
public final class BenchIndexCommand implements Callable<Integer> {
    @Option(names = "--reports", paramLabel = "N", defaultValue = "10000", description = "Reports to index (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2", description = "Indexing threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--queries", paramLabel = "Q", defaultValue = "200", description = "Timed queries of each kind (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--clients", paramLabel = "C", defaultValue = "1",
            description = "Also time the queries from C concurrent clients when more than 1 (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Seed reports (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--index", paramLabel = "DIR", description = "Where to build the index (default: a temporary folder, deleted after).")
    Path index;

    @Option(names = "--queries-only", description = "Only time the queries, on the index a bench left in --index "
            + "(or the collection) before; --reports says how many reports it holds.")
    boolean queriesOnly;

    @Option(names = "--backend", paramLabel = "B", defaultValue = "lucene",
            description = "lucene (the embedded index, default) or solr (a SolrCloud collection).")
    String backend;

    @Option(names = "--solr", paramLabel = "ZK_OR_URL", description = "With --backend solr: ZooKeeper hosts or Solr URLs.")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "With --backend solr: the collection.")
    String collection;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (reports < 1 || threads < 1 || queries < 1 || clients < 1) {
            throw new IllegalArgumentException("--reports, --threads, --queries and --clients must be at least 1");
        }
        if (!"lucene".equals(backend) && !"solr".equals(backend)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--backend is lucene or solr, not '" + backend + "'");
        }
        boolean onSolr = "solr".equals(backend);
        if (onSolr != (solr != null) || onSolr != (collection != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), onSolr
                    ? "--backend solr needs --solr ZK_OR_URL and --collection NAME"
                    : "--solr and --collection go with --backend solr");
        }
        if (onSolr && index != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--index is for --backend lucene");
        }
        if (onSolr) {
            SolrTarget target;
            try {
                target = SolrTarget.parse(solr);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            SolrBenchRun run = new SolrBenchRun(target, collection, reports, threads, queries, clients,
                    spec.commandLine().getErr());
            spec.commandLine().getOut().print(queriesOnly ? run.queriesOnly() : run.run(seeds()));
            return 0;
        }
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException("no folder " + samples.toAbsolutePath() + " (pass --samples DIR)");
        }
        if (queriesOnly) {
            if (index == null || !Files.isDirectory(index)) {
                throw new IllegalArgumentException("--queries-only needs --index DIR with a bench index in it");
            }
            spec.commandLine().getOut().print(IndexBench.queriesOnly(index, queries, clients));
            return 0;
        }
        if (index != null && Files.exists(index) && hasFiles(index)) {
            throw new IllegalArgumentException("--index " + index + " is not empty; the bench needs an empty folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = index != null ? index : Files.createTempDirectory("jixiao-bench-");
        try {
            IndexBench bench = new IndexBench(seeds(), threads, 1000, spec.commandLine().getErr());
            BenchResult r = bench.run(dir, reports, queries, clients);
            out.print(r);
        } finally {
            if (index == null) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    /** The seed reports extracted and checked, as variants. */
    private ReportVariants seeds() throws IOException {
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException("no folder " + samples.toAbsolutePath() + " (pass --samples DIR)");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Report> seeds = new ArrayList<>();
        Map<String, List<Finding>> findings = new HashMap<>();
        Checker checker = Checker.standard();
        try (Pipeline p = Pipeline.defaults()) {
            Set<String> seen = new HashSet<>();
            for (Path f : p.expand(List.of(samples))) {
                Report r = p.extract(f);
                // one seed per department, year and kind: the same report in four formats is one report
                if (!r.failed() && r.meta().department() != null
                        && seen.add(r.meta().department() + "|" + r.meta().fiscalYear() + "|" + r.meta().kind())) {
                    seeds.add(r);
                    findings.put(r.id(), checker.check(r));
                }
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no report under " + samples + " was extracted with a department");
        }
        err.printf("%d seed reports: %s%n", seeds.size(), seeds.stream().map(r -> r.source().fileName()).toList());
        return new ReportVariants(seeds, findings);
    }

    private static boolean hasFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
