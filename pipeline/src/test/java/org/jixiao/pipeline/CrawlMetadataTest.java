package org.jixiao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jixiao.crawl.ManifestEntry;
import org.jixiao.crawl.Outcome;
import org.jixiao.crawl.ResourceKind;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;

class CrawlMetadataTest {
    static ManifestEntry entry(String linkText, String pageTitle, String name) {
        return new ManifestEntry("http://h/f/" + name, "http://h/f/" + name, "http://h/f/" + name, ResourceKind.DOCUMENT,
                null, name, "ab".repeat(32), "application/pdf", null, 10, null, 200, null, null, linkText, pageTitle,
                "http://h/list.html", Outcome.NEW, null, null, null, null, null);
    }

    static Report report(ReportMeta meta) {
        return new Report("id1", null, meta, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void missingFieldsComeFromLinkTextAndPageTitleWithProvenance() {
        Report r = CrawlMetadata.enrich(report(ReportMeta.unknown()),
                entry("点击下载", "益阳市人力资源和社会保障局2024年度部门整体支出绩效自评报告", "P020250101.pdf"));
        ReportMeta m = r.meta();
        assertEquals("益阳市人力资源和社会保障局", m.department());
        assertEquals(2024, m.fiscalYear());
        assertEquals("selfeval-report", m.kind());
        Provenance p = m.provenance().get("department");
        assertEquals("page-title", p.blockId());
        assertEquals("crawl", p.extractor());
        assertEquals(0, p.charStart());
        assertEquals(13, p.charEnd());
        assertEquals(Integer.valueOf(13), m.provenance().get("fiscalYear").charStart());
    }

    @Test
    void theDocumentsOwnMetadataWins() {
        ReportMeta own = new ReportMeta("湖南省人力资源和社会保障厅", "湖南省", "province", 2025, "selfeval-report", null, null,
                null, Map.of());
        Report r = report(own);
        assertSame(r, CrawlMetadata.enrich(r, entry("2019年部门预算", "上海市财政局", "x.pdf")));
    }

    @Test
    void linkTextComesBeforeTheTitleAndFileNamesHelpLast() {
        Report r = CrawlMetadata.enrich(report(ReportMeta.unknown()), entry("2023年度部门决算", "信息公开", "上海市普陀区商务委员会25年预算.pdf"));
        assertEquals(2023, r.meta().fiscalYear());
        assertEquals("final-account", r.meta().kind());
        assertEquals("上海市普陀区商务委员会", r.meta().department());
        assertEquals("file-name", r.meta().provenance().get("department").blockId());
    }
}
