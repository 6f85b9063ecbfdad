package org.jixiao.pipeline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.jixiao.crawl.CrawlOptions;
import org.jixiao.pipeline.CrawlUpdate;
import org.jixiao.pipeline.IndexRun;
import org.jixiao.pipeline.Pipeline;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jixiao update --data DIR [crawl options] [SEED_URL...]}: the nightly job. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"The nightly job: crawl (as jixiao crawl), then extract, check and index only the new or changed "
                + "reports into DIR/index, the index that search, facts, compare and findings --index DIR/index read.",
                "Killed at any moment, the next run completes the work: nothing lost, nothing stored or indexed twice."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the run completed and every document was fetched and indexed",
                "1:some documents failed (listed on stdout)", "2:usage error"})
public final class UpdateCommand implements Callable<Integer> {
    @Mixin
    CrawlOptionsMixin crawl;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "20",
            description = "Commit the index after this many changed reports (default: ${DEFAULT-VALUE}).")
    int batch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1");
        }
        CrawlOptions o = crawl.options();
        PrintWriter out = spec.commandLine().getOut();
        CrawlUpdate job = new CrawlUpdate(crawl.data, spec.commandLine().getErr());
        long t0 = System.nanoTime();
        CrawlUpdate.CrawlResult r = job.crawl(o, crawl.seeds);
        out.println("crawl: " + r.summary());
        long t1 = System.nanoTime();
        IndexRun.Summary s = job.index(Pipeline::defaults, batch);
        long t2 = System.nanoTime();
        out.println("index: " + s + " (index " + job.indexDir() + ")");
        out.printf("time: crawl %.1f s, index %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        for (String f : r.failures()) {
            out.println("   failed: " + f);
        }
        for (String f : s.failures()) {
            out.println("   failed: " + f);
        }
        return r.failures().isEmpty() && s.failed() == 0 ? 0 : 1;
    }
}
