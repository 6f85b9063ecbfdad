package org.jixiao.crawl.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import crawlercommons.filters.basic.BasicURLNormalizer;

/**
 * One spelling per URL (crawler-commons): fragment dropped, query parameters sorted, default port,
 * case of scheme and host, percent-encoding and dot segments normalised; so that one page is
 * fetched once. Non-http(s) links (javascript:, mailto:, tel:, data:) normalise to null.
 */
public final class Normalizer {
    private final BasicURLNormalizer normalizer = new BasicURLNormalizer();

    /** The normalised URL, or null when it is not a usable http(s) URL. */
    public String normalize(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return null;
        }
        String n = normalizer.filter(u);
        if (n == null) {
            return null;
        }
        try {
            URI uri = new URI(n);
            return uri.getHost() == null ? null : n;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** scheme://host:port of a URL: the unit of politeness and robots.txt. */
    public static String hostKey(String url) {
        try {
            URI u = new URI(url);
            int port = u.getPort();
            if (port < 0) {
                port = "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
            }
            return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (URISyntaxException | RuntimeException e) {
            return url;
        }
    }

    /** The last path segment, percent-decoded: a file name for a document. */
    public static String fileName(String url) {
        try {
            String path = new URI(url).getPath();
            if (path == null || path.isEmpty() || path.endsWith("/")) {
                return "index.html";
            }
            return path.substring(path.lastIndexOf('/') + 1);
        } catch (URISyntaxException e) {
            return "document";
        }
    }
}
