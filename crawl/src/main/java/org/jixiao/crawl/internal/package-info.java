/** The crawler's parts that other modules must not use: HTTP, robots, politeness, page parsing, sniffing, archives. */
package org.jixiao.crawl.internal;
