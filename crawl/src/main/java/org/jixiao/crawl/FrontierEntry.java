package org.jixiao.crawl;

/**
 * A URL waiting to be visited in this run.
 *
 * @param url           normalised URL
 * @param depth         links followed from a seed
 * @param referrer      the page that linked it, null for a seed
 * @param linkText      the link's text (or title attribute)
 * @param referrerTitle the linking page's title
 */
public record FrontierEntry(String url, int depth, String referrer, String linkText, String referrerTitle) {
}
