package org.jixiao.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crawls the loopback {@link TestSite}: every endpoint ends as a typed outcome, and re-crawls cost 304s. */
class CrawlIT {
    static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new TestSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static CrawlOptions options() {
        return CrawlOptions.defaults().withDelay(Duration.ZERO).withLimits(1000, 6, 8L << 20)
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(5));
    }

    static CrawlSummary crawl(Path dir, CrawlOptions o, StringWriter log, String... seeds) throws Exception {
        try (CrawlDb db = CrawlDb.open(dir); Crawler c = new Crawler(o, db, new ContentStore(dir.resolve("store")),
                new PrintWriter(log, true))) {
            return c.crawl(List.of(seeds));
        }
    }

    static Map<String, ManifestEntry> manifest(Path dir, boolean all) throws Exception {
        try (CrawlDb db = CrawlDb.open(dir)) {
            return db.manifest(all).stream().collect(Collectors.toMap(ManifestEntry::key, Function.identity()));
        }
    }

    @Test
    void crawlsTheSiteAndTypesEveryOutcome(@TempDir Path dir) throws Exception {
        site.clearHits();
        StringWriter log = new StringWriter();
        CrawlSummary s = crawl(dir, options(), log, site.seed());
        String b = site.base();
        assertEquals(TestSite.DOCUMENTS, s.newDocs(), s + "\n" + log);
        assertEquals(0, s.changed());
        Map<String, Integer> failed = s.failed();
        assertEquals(1, failed.get("timeout"), s.toString());
        assertEquals(1, failed.get("redirect-loop"), s.toString());
        assertEquals(3, failed.get("http-error"), "500, 503 and 404: " + s);
        assertEquals(1, failed.get("truncated"), s.toString());
        assertEquals(1, failed.get("too-large"), s.toString());
        assertTrue(s.skipped().get("out-of-scope") >= 2, s.toString());
        assertEquals(2, s.skipped().get("robots"), "secret.html and secret.pdf: " + s);
        assertTrue(s.skipped().get("not-a-document") >= 2, "logo and the png in the zip: " + s);

        Map<String, ManifestEntry> m = manifest(dir, true);
        ManifestEntry pdf = m.get(b + "/yiyang/files/2024zpbg.pdf");
        assertEquals("application/pdf", pdf.mediaType(), "sniffed, not the text/html the server claimed");
        assertEquals("text/html; charset=utf-8", pdf.declaredType());
        assertEquals("点击下载", pdf.linkText());
        assertEquals("益阳市人力资源和社会保障局2024年度部门整体支出绩效自评报告", pdf.pageTitle());
        assertEquals(b + "/yiyang/art/t4.html", pdf.referrer());
        assertNotNull(pdf.etag());
        assertEquals(297151, pdf.bytes());
        assertTrue(Files.isRegularFile(dir.resolve("store").resolve(pdf.sha256().substring(0, 2)).resolve(pdf.sha256())));

        ManifestEntry docx = m.get(b + "/hrss/files/download.jsp?id=2025&type=docx");
        assertEquals("2025年度部门整体支出绩效自评报告.docx", docx.linkText(), "link text from the GB2312 page");
        assertEquals("湖南省人力资源和社会保障厅2025年度部门整体支出绩效自评报告", docx.pageTitle());
        assertEquals(1, site.hitCounts().get("/hrss/files/download.jsp?id=2025&type=docx"),
                "query order and fragments differ, one fetch: " + site.hitCounts());
        assertEquals(1, site.hitCounts().get("/hrss/art/2025/t1.html"));

        ManifestEntry body = m.get(b + "/hrss/art/2025/t2.html");
        assertEquals(ResourceKind.DOCUMENT, body.kind(), "the page body is the report");
        assertEquals("湖南省人力资源和社会保障厅2025年度部门整体支出绩效自评报告", body.pageTitle());

        ManifestEntry member = m.get(b + "/yiyang/files/2024bg.zip!/益阳市人社局2024年度部门整体支出绩效自评报告.docx");
        assertNotNull(member, "GBK member name decoded: " + m.keySet());
        assertEquals(ResourceKind.MEMBER, member.kind());
        assertEquals(b + "/yiyang/files/2024bg.zip", member.parent());
        assertEquals(ResourceKind.ARCHIVE, m.get(b + "/yiyang/files/2024bg.zip").kind());

        assertEquals(Reason.TIMEOUT, m.get(b + "/hostile/trickle.pdf").reason());
        assertEquals(Reason.TOO_LARGE, m.get(b + "/hostile/bomb.pdf").reason());
        assertEquals(Reason.TRUNCATED, m.get(b + "/hostile/lying.pdf").reason());
        assertEquals(503, m.get(b + "/hostile/busy.pdf").httpStatus());
        assertEquals(404, m.get(b + "/hostile/missing.pdf").httpStatus());
        assertEquals(Outcome.NEW, m.get(b + "/hostile/flaky.txt").outcome(), "retried after Retry-After");
        assertNull(m.get(b + "/hostile/trickle.pdf").sha256(), "nothing stored for a failed download");
        assertFalse(site.hitCounts().containsKey("/private/secret.pdf"), "robots.txt Disallow");
        assertTrue(site.hitCounts().get("/hostile/busy.pdf") == 3, "two retries: " + site.hitCounts());
        assertTrue(log.toString().contains("Crawl-delay 50 ms"), log.toString());
        assertNoTemporaryFiles(dir);
        assertPoliteGaps(50);
    }

    /** Requests to the host start at least the Crawl-delay apart (one at a time, then the delay). */
    private static void assertPoliteGaps(long ms) {
        List<TestSite.Hit> hits = site.hits().stream().sorted(java.util.Comparator.comparingLong(TestSite.Hit::atMillis))
                .toList();
        long tooClose = 0;
        for (int i = 1; i < hits.size(); i++) {
            if (hits.get(i).atMillis() - hits.get(i - 1).atMillis() < ms * 8 / 10) {
                tooClose++;
            }
        }
        assertEquals(0, tooClose, "requests closer than the crawl delay");
    }

    private static void assertNoTemporaryFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("store/tmp"))) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void secondCrawlCostsOnly304sAndFindsWhatIsNew(@TempDir Path dir) throws Exception {
        StringWriter log = new StringWriter();
        CrawlOptions o = options();
        crawl(dir, o, log, site.seed());
        site.clearHits();
        CrawlSummary again = crawl(dir, o, log);
        assertEquals(0, again.newDocs(), again.toString());
        assertEquals(TestSite.DOCUMENTS, again.unchanged(), again.toString());
        long full = site.hits().stream().filter(h -> h.status() == 200 && !h.path().startsWith("/hostile/")
                && !h.path().startsWith("/yiyang/list") && !h.path().equals("/robots.txt")).count();
        assertEquals(0, full, "only 304s for static pages and files: " + site.hits());
    }
}
