package org.jixiao.crawl.internal;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import org.jixiao.crawl.CrawlOptions;

/**
 * robots.txt per host, fetched once per run and parsed by crawler-commons; its Crawl-delay raises
 * the host's delay. A 4xx robots.txt allows everything, a 5xx disallows (the host is struggling); an
 * unreachable one allows, so that a site without robots.txt that drops the request is still crawled.
 */
public final class RobotsCache {
    private final Map<String, BaseRobotRules> rules = new HashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final CrawlOptions options;
    private final Politeness politeness;
    private final PrintWriter progress;

    public RobotsCache(CrawlOptions options, Politeness politeness, PrintWriter progress) {
        this.options = options;
        this.politeness = politeness;
        this.progress = progress;
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
    }

    /** True when robots.txt lets our user agent fetch {@code url}. */
    public boolean allowed(String url, HttpFetcher fetcher, Normalizer normalizer) throws InterruptedException {
        String host = Normalizer.hostKey(url);
        BaseRobotRules r;
        synchronized (this) {
            r = rules.get(host);
        }
        if (r == null) {
            r = load(host, fetcher, normalizer);
            synchronized (this) {
                rules.put(host, r);
            }
        }
        return r.isAllowed(url);
    }

    private BaseRobotRules load(String host, HttpFetcher fetcher, Normalizer normalizer) throws InterruptedException {
        String robotsUrl = host + "/robots.txt";
        FetchResult f = fetcher.fetch(robotsUrl, null, null, u -> null, normalizer);
        BaseRobotRules r;
        if (f.ok()) {
            // our product token, and "jixiao" so that a group written for the project applies too
            List<String> names = options.robotName().equals("jixiao") ? List.of("jixiao")
                    : List.of(options.robotName(), "jixiao");
            r = parser.parseContent(robotsUrl, f.body(), f.contentType() == null ? "text/plain" : f.contentType(), names);
        } else if (f.httpStatus() > 0) {
            r = parser.failedFetch(f.httpStatus());
        } else {
            progress.println("robots.txt of " + host + " unreachable (" + f.detail() + "): crawling without it");
            r = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        }
        long delay = r.getCrawlDelay();
        if (delay != BaseRobotRules.UNSET_CRAWL_DELAY && delay > 0) {
            long capped = Math.min(delay, options.maxCrawlDelay().toMillis());
            politeness.setDelay(host, capped);
            progress.println("robots.txt of " + host + ": Crawl-delay " + delay + " ms"
                    + (capped < delay ? " (capped to " + capped + " ms)" : ""));
        }
        return r;
    }
}
