package org.jixiao.pipeline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.jixiao.crawl.CrawlOptions;
import org.jixiao.crawl.CrawlSummary;
import org.jixiao.crawl.bench.BenchSite;
import org.jixiao.pipeline.CrawlUpdate;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao bench-crawl [--docs N]}: documents per second fetched and stored from a loopback site. */
@Command(name = "bench-crawl", mixinStandardHelpOptions = true,
        description = "Benchmark the crawler: serve N documents (the sample files, each made distinct) from a site on "
                + "127.0.0.1, crawl it with no delay into a temporary folder, and print documents/s and MB/s of the "
                + "first crawl and of a re-crawl (conditional GETs).")
public final class BenchCrawlCommand implements Callable<Integer> {
    @Option(names = "--docs", paramLabel = "N", defaultValue = "1000", description = "Documents on the site (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples/selfeval",
            description = "Seed documents (default: ${DEFAULT-VALUE}).")
    Path samples;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (docs < 1) {
            throw new IllegalArgumentException("--docs must be at least 1");
        }
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException("no folder " + samples.toAbsolutePath() + " (pass --samples DIR)");
        }
        List<byte[]> bytes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(samples)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                bytes.add(Files.readAllBytes(p));
                names.add(p.getFileName().toString());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Path data = Files.createTempDirectory("jixiao-bench-crawl");
        CrawlOptions o = CrawlOptions.defaults().withDelay(Duration.ZERO).withLimits(Math.max(docs, 1), 1000, 64L << 20);
        try (BenchSite site = new BenchSite(bytes, names, docs)) {
            long stored = 0;
            for (int i = 0; i < docs; i++) {
                stored += bytes.get(i % bytes.size()).length;
            }
            for (String pass : List.of("first crawl", "re-crawl")) {
                CrawlUpdate job = new CrawlUpdate(data, new PrintWriter(new StringWriter()));
                long t0 = System.nanoTime();
                CrawlSummary s = job.crawl(o, pass.equals("first crawl") ? List.of(site.seed()) : List.of()).summary();
                double sec = (System.nanoTime() - t0) / 1e9;
                int n = s.newDocs() + s.changed() + s.unchanged();
                out.printf("%s: %d documents (%d new, %d unchanged) and %d pages in %.1f s: %.0f documents/s, %.1f MB/s%n",
                        pass, n, s.newDocs(), s.unchanged(), s.pages(), sec, n / sec, stored / 1e6 / sec);
            }
        } finally {
            try (Stream<Path> s = Files.walk(data)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return 0;
    }
}
