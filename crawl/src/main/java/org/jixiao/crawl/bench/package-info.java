/** A loopback site of generated documents to time the crawler with ({@code jixiao bench-crawl}). */
package org.jixiao.crawl.bench;
