package org.jixiao.crawl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.jixiao.crawl.ScopeMode;

class NormalizerTest {
    private final Normalizer n = new Normalizer();

    @Test
    void onePageOneSpelling() {
        assertEquals(n.normalize("http://H.gov.cn:80/a/./b.html?y=2&x=1#top"), n.normalize("http://h.gov.cn/a/b.html?x=1&y=2"));
        assertEquals("http://h/a/%E6%8A%A5%E5%91%8A%201.pdf", n.normalize("http://h/a/报告 1.pdf"));
    }

    @Test
    void nonHttpLinksAreIgnored() {
        assertNull(n.normalize("javascript:void(0)"));
        assertNull(n.normalize("mailto:a@b.cn"));
        assertNull(n.normalize("tel:12345"));
        assertNull(n.normalize(""));
    }

    @Test
    void fileNamesAreDecoded() {
        assertEquals("报告 1.pdf", Normalizer.fileName("http://h/a/%E6%8A%A5%E5%91%8A%201.pdf"));
        assertEquals("index.html", Normalizer.fileName("http://h/a/"));
    }

    @Test
    void scopes() {
        UrlScope host = new UrlScope(ScopeMode.SAME_HOST, List.of("http://h/dept/a/index.html"));
        assertTrue(host.contains("http://h/other.html"));
        assertFalse(host.contains("http://h:8080/dept/a/x.html"));
        assertFalse(host.contains("https://h/dept/a/x.html"));
        UrlScope prefix = new UrlScope(ScopeMode.UNDER_PREFIX, List.of("http://h/dept/a/index.html"));
        assertTrue(prefix.contains("http://h/dept/a/2024/x.pdf"));
        assertFalse(prefix.contains("http://h/dept/b/x.pdf"));
        assertFalse(prefix.contains("http://h/dept/ab.html"));
    }

    @Test
    void retryAfterInSecondsOrAsDate() {
        assertEquals(120_000, HttpFetcher.retryAfterMs("120"));
        assertEquals(-1, HttpFetcher.retryAfterMs(null));
        assertEquals(-1, HttpFetcher.retryAfterMs("soon"));
        assertEquals(0, HttpFetcher.retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT"), "a date in the past: retry now");
    }
}
