package org.jixiao.pipeline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.crawl.CrawlOptions;
import org.jixiao.crawl.ScopeMode;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code crawl} and {@code update} share (a picocli mixin). */
public final class CrawlOptionsMixin {
    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "Data folder: crawl.db (frontier, manifest, seeds), store/ (documents by sha-256), index/.")
    Path data;

    @Option(names = "--delay-ms", paramLabel = "N", defaultValue = "1000",
            description = "Milliseconds between two requests to one host (default: ${DEFAULT-VALUE}); robots.txt Crawl-delay may ask for more.")
    long delayMs;

    @Option(names = "--max-docs", paramLabel = "N", defaultValue = "10000",
            description = "Stop after this many documents in one run (default: ${DEFAULT-VALUE}).")
    int maxDocs;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "6",
            description = "Follow links at most this deep from a seed (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "67108864",
            description = "Largest body kept, in bytes (default: ${DEFAULT-VALUE}); larger ones fail as too-large.")
    long maxBytes;

    @Option(names = "--timeout-s", paramLabel = "N", defaultValue = "60",
            description = "Seconds one download may take, body included (default: ${DEFAULT-VALUE}).")
    long timeoutS;

    @Option(names = "--user-agent", paramLabel = "S", defaultValue = CrawlOptions.DEFAULT_USER_AGENT,
            description = "User-Agent sent and matched against robots.txt (default: ${DEFAULT-VALUE}).")
    String userAgent;

    // plain options, not an exclusive ArgGroup: picocli lists a mixin's group options twice in --help
    @Option(names = "--same-host", description = "Follow links on the seeds' hosts (the default).")
    boolean sameHost;

    @Option(names = "--under-prefix", description = "Follow links under the seeds' folders only.")
    boolean underPrefix;

    @Parameters(paramLabel = "SEED_URL", arity = "0..*",
            description = "Listing pages to start from; remembered in DIR, so later runs need none.")
    List<String> seeds = new ArrayList<>();

    CrawlOptions options() {
        if (delayMs < 0) {
            throw new IllegalArgumentException("--delay-ms must not be negative");
        }
        if (timeoutS < 1) {
            throw new IllegalArgumentException("--timeout-s must be at least 1");
        }
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new IllegalArgumentException("--data " + data + " is a file, not a folder");
        }
        if (sameHost && underPrefix) {
            throw new IllegalArgumentException("--same-host and --under-prefix exclude each other");
        }
        ScopeMode mode = underPrefix ? ScopeMode.UNDER_PREFIX : ScopeMode.SAME_HOST;
        CrawlOptions d = CrawlOptions.defaults();
        return d.withDelay(Duration.ofMillis(delayMs)).withLimits(maxDocs, maxDepth, maxBytes).withScope(mode)
                .withUserAgent(userAgent).withTimeouts(Duration.ofSeconds(timeoutS), d.maxRetryAfter());
    }
}
