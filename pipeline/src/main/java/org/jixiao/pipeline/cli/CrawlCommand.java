package org.jixiao.pipeline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.jixiao.crawl.CrawlOptions;
import org.jixiao.pipeline.CrawlUpdate;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code jixiao crawl --data DIR [options] SEED_URL...}: fetch and store the reports a site publishes. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Crawl disclosure pages from the seeds and store the reports found (PDF, Word, Excel, WPS, OFD, "
                + "zips of them, pages whose body is a report) in DIR/store, with a manifest in DIR/crawl.db.",
                "Polite: robots.txt (Disallow, Crawl-delay), one request at a time per host, --delay-ms between them, "
                + "retries honouring Retry-After; re-crawls ask with If-None-Match / If-Modified-Since.",
                "One progress line per URL on stderr; the summary on stdout. A killed run is finished by the next one."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the crawl completed and nothing failed", "1:some URLs failed (listed)", "2:usage error"})
public final class CrawlCommand implements Callable<Integer> {
    @Mixin
    CrawlOptionsMixin crawl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CrawlOptions o = crawl.options();
        PrintWriter out = spec.commandLine().getOut();
        CrawlUpdate.CrawlResult r = new CrawlUpdate(crawl.data, spec.commandLine().getErr()).crawl(o, crawl.seeds);
        out.println("crawl: " + r.summary());
        for (String f : r.failures()) {
            out.println("   failed: " + f);
        }
        return r.failures().isEmpty() ? 0 : 1;
    }
}
