package org.jixiao.crawl;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did, counted from the frontier (so a resumed run reports the whole run).
 *
 * @param pages     pages visited
 * @param newDocs   documents stored for the first time
 * @param changed   documents whose bytes changed
 * @param unchanged documents with the same bytes (or 304)
 * @param failed    failures by reason code
 * @param skipped   URLs not fetched, by reason code
 * @param resumed   true when this run finished an interrupted one
 */
public record CrawlSummary(int pages, int newDocs, int changed, int unchanged, Map<String, Integer> failed,
                           Map<String, Integer> skipped, boolean resumed) {
    public CrawlSummary {
        failed = new TreeMap<>(failed);
        skipped = new TreeMap<>(skipped);
    }

    public int failedTotal() {
        return failed.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return pages + " pages visited; reports: " + newDocs + " new, " + changed + " changed, " + unchanged
                + " unchanged, " + failedTotal() + " failed" + (failed.isEmpty() ? "" : " " + failed)
                + "; " + skippedTotal() + " links skipped" + (skipped.isEmpty() ? "" : " " + skipped)
                + (resumed ? " (resumed an interrupted run)" : "");
    }
}
