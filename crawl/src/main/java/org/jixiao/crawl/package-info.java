/**
 * Acquisition: a polite, bounded and resumable crawler of government disclosure sites. Pages and
 * attachments are fetched with OkHttp, robots.txt and URL normalisation come from crawler-commons,
 * links from jsoup, media types from Tika; bytes go to a content-addressed {@link org.jixiao.crawl.ContentStore}
 * and every URL's outcome to the SQLite manifest ({@link org.jixiao.crawl.CrawlDb}).
 */
package org.jixiao.crawl;
