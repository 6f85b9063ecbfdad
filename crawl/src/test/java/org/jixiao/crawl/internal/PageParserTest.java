package org.jixiao.crawl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageParserTest {
    private final PageParser parser = new PageParser();

    @Test
    void gb2312DeclaredInMetaIsReadAsGb18030() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>部门预算公开</title></head><body><a href=\"a/t1.html\">2025年度部门预算</a>"
                // 镕 is in GBK/GB18030 but not GB2312: sites that declare gb2312 use such characters
                + "<a href=\"b.html\">朱镕基</a></body></html>";
        PageParser.Page p = parser.parse(html.getBytes(Charset.forName("GB18030")), "text/html", "http://h/x/index.html");
        assertEquals("GB18030", p.charset());
        assertEquals("部门预算公开", p.title());
        assertEquals(new PageParser.Link("http://h/x/a/t1.html", "2025年度部门预算"), p.links().get(0));
        assertEquals("朱镕基", p.links().get(1).text());
    }

    @Test
    void headerCharsetWinsAndUndeclaredGbkIsDetected() {
        byte[] gbk = "<html><body><a href=\"x.pdf\">决算公开</a></body></html>".getBytes(Charset.forName("GBK"));
        assertEquals("决算公开", parser.parse(gbk, "text/html", "http://h/").links().get(0).text());
        byte[] utf8 = "<html><body><a href=\"x.pdf\">决算公开</a></body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("决算公开", parser.parse(utf8, "text/html; charset=UTF-8", "http://h/").links().get(0).text());
    }

    @Test
    void scriptPagerBecomesLinks() {
        String html = "<html><body><script>createPageHTML(3, 0, \"index\", \"html\");</script></body></html>";
        List<PageParser.Link> links = parser.parse(html.getBytes(StandardCharsets.UTF_8), null, "http://h/yjsgk/index.html").links();
        assertEquals(List.of("http://h/yjsgk/index.html", "http://h/yjsgk/index_1.html", "http://h/yjsgk/index_2.html"),
                links.stream().map(PageParser.Link::url).toList());
    }

    @Test
    void aLongPageWithReportWordsIsAReportAListingIsNot() {
        String report = "<html><head><title>2024年度部门预算说明</title></head><body><p>" + "一、部门基本情况。".repeat(200)
                + "</p></body></html>";
        assertTrue(parser.parse(report.getBytes(StandardCharsets.UTF_8), null, "http://h/").reportBody());
        StringBuilder listing = new StringBuilder("<html><head><title>预决算公开</title></head><body>");
        for (int i = 0; i < 200; i++) {
            listing.append("<a href=\"t").append(i).append(".html\">2024年度部门预算公开第").append(i).append("号</a>");
        }
        assertFalse(parser.parse(listing.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8), null,
                "http://h/").reportBody());
        String longNoWords = "<html><head><title>新闻</title></head><body><p>" + "今天天气很好。".repeat(400) + "</p></body></html>";
        assertFalse(parser.parse(longNoWords.getBytes(StandardCharsets.UTF_8), null, "http://h/").reportBody());
    }

    @Test
    void linkTextFallsBackToTitleAttribute() {
        String html = "<html><body><a href=\"f.pdf\" title=\"2024年决算\"><img src=\"i.png\"></a></body></html>";
        assertEquals("2024年决算", parser.parse(html.getBytes(StandardCharsets.UTF_8), null, "http://h/").links().get(0).text());
    }
}
