package org.jixiao.crawl;

import java.time.Duration;

/**
 * The bounds of a crawl.
 *
 * @param delay         at least this long between two requests to one host (robots.txt Crawl-delay may ask for more)
 * @param maxDocs       stop after this many documents were fetched in a run
 * @param maxDepth      links followed from a seed at most this many times
 * @param maxBytes      largest body kept (after decoding); larger ones fail as too-large, never stored truncated
 * @param scope         same host as a seed, or under a seed's folder
 * @param userAgent     sent with every request and matched against robots.txt
 * @param callTimeout   bounds a whole download, including a body that trickles
 * @param maxRedirects  redirects followed per URL
 * @param retries       retries after a 5xx, 429 or connection failure
 * @param maxRetryAfter a Retry-After longer than this is not waited for: the URL fails
 * @param maxCrawlDelay a robots.txt Crawl-delay longer than this is capped to it
 */
public record CrawlOptions(Duration delay, int maxDocs, int maxDepth, long maxBytes, ScopeMode scope, String userAgent,
                           Duration callTimeout, int maxRedirects, int retries, Duration maxRetryAfter,
                           Duration maxCrawlDelay) {
    public static final String DEFAULT_USER_AGENT = "jixiao-crawler/0.1 (budget and performance report archiver)";

    public CrawlOptions {
        require(delay != null && !delay.isNegative(), "the delay must not be negative");
        require(maxDocs > 0, "--max-docs must be at least 1");
        require(maxDepth >= 0, "--max-depth must not be negative");
        require(maxBytes > 0, "--max-bytes must be at least 1");
        require(scope != null, "a scope is needed");
        require(userAgent != null && !userAgent.isBlank() && userAgent.chars().noneMatch(c -> c < 0x20 || c > 0x7e),
                "--user-agent must be printable ASCII");
        require(callTimeout != null && !callTimeout.isNegative() && !callTimeout.isZero(), "the timeout must be positive");
        require(maxRedirects >= 0 && retries >= 0, "redirects and retries must not be negative");
        require(maxRetryAfter != null && maxCrawlDelay != null, "limits are needed");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** One second between requests, 10,000 documents, depth 6, 64 MiB, same host, 60 s per download. */
    public static CrawlOptions defaults() {
        return new CrawlOptions(Duration.ofSeconds(1), 10_000, 6, 64L << 20, ScopeMode.SAME_HOST, DEFAULT_USER_AGENT,
                Duration.ofSeconds(60), 5, 2, Duration.ofSeconds(120), Duration.ofSeconds(60));
    }

    public CrawlOptions withDelay(Duration d) {
        return new CrawlOptions(d, maxDocs, maxDepth, maxBytes, scope, userAgent, callTimeout, maxRedirects, retries,
                maxRetryAfter, maxCrawlDelay);
    }

    public CrawlOptions withLimits(int docs, int depth, long bytes) {
        return new CrawlOptions(delay, docs, depth, bytes, scope, userAgent, callTimeout, maxRedirects, retries,
                maxRetryAfter, maxCrawlDelay);
    }

    public CrawlOptions withScope(ScopeMode s) {
        return new CrawlOptions(delay, maxDocs, maxDepth, maxBytes, s, userAgent, callTimeout, maxRedirects, retries,
                maxRetryAfter, maxCrawlDelay);
    }

    public CrawlOptions withUserAgent(String ua) {
        return new CrawlOptions(delay, maxDocs, maxDepth, maxBytes, scope, ua, callTimeout, maxRedirects, retries,
                maxRetryAfter, maxCrawlDelay);
    }

    public CrawlOptions withTimeouts(Duration call, Duration retryAfter) {
        return new CrawlOptions(delay, maxDocs, maxDepth, maxBytes, scope, userAgent, call, maxRedirects, retries,
                retryAfter, maxCrawlDelay);
    }

    /** The token matched against robots.txt User-agent lines: the product name before the first '/' or space. */
    public String robotName() {
        String s = userAgent.trim();
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == ' ') {
                end = i;
                break;
            }
        }
        return s.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    }
}
