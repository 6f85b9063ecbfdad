package org.jixiao.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.jixiao.check.Checker;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.index.IndexFields;
import org.jixiao.index.ReportIndexer;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.FactResult;
import org.jixiao.index.query.FactRow;
import org.jixiao.index.query.FindingFilter;
import org.jixiao.index.query.LuceneBackend;
import org.jixiao.index.query.PivotCell;
import org.jixiao.index.query.PivotRequest;
import org.jixiao.index.query.PivotTable;
import org.jixiao.index.query.PivotValue;
import org.jixiao.index.query.SearchHit;
import org.jixiao.index.query.SearchRequest;
import org.jixiao.index.query.SearchResult;
import org.jixiao.model.Report;

/**
 * The sample reports extracted, checked and indexed once, into the embedded Lucene index and
 * (through the indexer's mirror) into a 2-shard collection of a 2-node SolrCloud test cluster;
 * then the same questions asked of both backends must get the same answers: hit sets of Chinese
 * full-text searches with department, year and kind filters, fact lists by measure, the cells of
 * pivots, findings and the report list.
 */
class SolrBackendIT {
    private static SolrCluster solr;
    private static LuceneBackend lucene;
    private static SolrBackend remote;

    @BeforeAll
    static void indexSamples() throws Exception {
        solr = new SolrCluster("solr-it");
        Path indexDir = Path.of("target", "solr-it", "lucene").toAbsolutePath();
        Checker checker = Checker.standard();
        try (ReportExtractor extractor = Extractors.defaultExtractor(ExtractLimits.defaults());
             ReportIndexer ix = ReportIndexer.open(indexDir, SolrMirror.standard(solr.client, SolrCluster.COLLECTION))) {
            for (Path f : SolrCluster.samples()) {
                Report r = extractor.extract(f);
                ix.index(f.toString(), r, checker.check(r));
            }
            ix.commit("solr-it");
        }
        lucene = LuceneBackend.open(indexDir);
        remote = SolrBackend.of(solr.client, SolrCluster.COLLECTION);
    }

    @AfterAll
    static void stop() throws Exception {
        if (lucene != null) {
            lucene.close();
        }
        if (solr != null) {
            solr.close();
        }
    }

    @Test
    void theSameReportsAreShown() throws Exception {
        List<String> local = lucene.reports().stream().map(r -> r.reportId() + " " + r.department() + " " + r.year()
                + " " + r.kind() + " " + r.title() + " " + r.facts()).sorted().toList();
        List<String> cloud = remote.reports().stream().map(r -> r.reportId() + " " + r.department() + " " + r.year()
                + " " + r.kind() + " " + r.title() + " " + r.facts()).sorted().toList();
        assertTrue(local.size() >= 3, "the samples index as several reports: " + local);
        // renditions of one report are hidden in both: fewer shown than files
        assertTrue(local.size() < SolrCluster.samples().size(), "renditions hidden: " + local);
        assertEquals(local, cloud);
    }

    @Test
    void everyDocumentIsMirroredReportPeriodOnesToo() throws Exception {
        // the Solr pivot reads the report-period documents as Lucene's does: none may be left out
        assertEquals(lucene.documents(), remote.documents());
        assertTrue(lucene.documents() > 100, "documents: " + lucene.documents());
    }

    @Test
    void aCollectionOfAnotherSchemaIsRefusedNamingBothConfigSets() throws Exception {
        // a collection created by an older jixiao: its schema lacks fields this one writes and reads
        String old = "jixiao-schema-old";
        var upload = new org.apache.solr.client.solrj.request.ConfigSetAdminRequest.Upload().setConfigSetName(old)
                .setUploadStream(new org.apache.solr.common.util.ContentStreamBase.ByteArrayStream(
                        SolrSchema.configSetZip(), old + ".zip", "application/zip"));
        upload.process(solr.client);
        org.apache.solr.client.solrj.request.CollectionAdminRequest.createCollection("older", old, 1, 1)
                .process(solr.client);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SolrTarget.ensureCollection(solr.client, "older", 1, 1));
        assertTrue(e.getMessage().contains(old) && e.getMessage().contains(SolrSchema.CONFIG_NAME), e.getMessage());
        SolrTarget.ensureCollection(solr.client, SolrCluster.COLLECTION, 2, 1);
    }

    @Test
    void chineseFullTextFindsTheSameParagraphsAndRows() throws Exception {
        String department = lucene.reports().stream().map(r -> r.department()).filter(d -> d != null).findFirst()
                .orElseThrow();
        Integer year = lucene.reports().stream().map(r -> r.year()).filter(y -> y != null).findFirst().orElseThrow();
        String kind = lucene.reports().stream().map(r -> r.kind()).filter(k -> k != null).findFirst().orElseThrow();
        List<SearchRequest> requests = List.of(
                new SearchRequest("三公经费", null, null, 10_000),
                new SearchRequest("预算执行率", null, null, 10_000),
                new SearchRequest("人力资源 社会保障", null, null, 10_000),
                new SearchRequest("\"项目支出\"", null, null, 10_000),
                new SearchRequest("绩效目标", department, null, 10_000),
                new SearchRequest("预算", null, year, 10_000),
                new SearchRequest("资金", null, null, 10_000, kind, null),
                new SearchRequest("不存在的词语组合", null, null, 10));
        int nonEmpty = 0;
        for (SearchRequest q : requests) {
            SearchResult a = lucene.search(q);
            SearchResult b = remote.search(q);
            assertEquals(a.totalHits(), b.totalHits(), "total of " + q);
            assertEquals(hitKeys(a), hitKeys(b), "hits of " + q);
            nonEmpty += a.totalHits() > 0 ? 1 : 0;
            for (SearchHit h : b.hits()) {
                assertNotNull(h.fileName(), "hits name their report");
            }
        }
        assertTrue(nonEmpty >= 6, "most queries find something");
        SearchResult marked = remote.search(new SearchRequest("三公经费", null, null, 5));
        assertTrue(marked.hits().stream().anyMatch(h -> h.snippet().contains("【")), "Solr highlights the terms");
    }

    private static List<String> hitKeys(SearchResult r) {
        return r.hits().stream().map(h -> h.reportId() + " " + h.type() + " " + h.blockId() + " " + h.tableId() + " "
                + h.row() + " " + h.page() + " " + h.sectionPath()).sorted().toList();
    }

    @Test
    void factListsByMeasureAreTheSame() throws Exception {
        Map<String, Integer> measures = lucene.view().facetCountsOfType(IndexFields.TYPE_FACT, IndexFields.MEASURE, 100);
        assertTrue(measures.size() >= 2, "several measures: " + measures);
        for (String m : measures.keySet()) {
            FactFilter f = new FactFilter(null, null, m, null, null, null, null, null, 100_000);
            assertSameFacts(f);
            assertSameFacts(f.withCanonicalOnly(true));
        }
        assertSameFacts(new FactFilter(null, null, null, null, null, null, new BigDecimal("0.5"), new BigDecimal("1"),
                100_000));
        assertSameFacts(new FactFilter("total", "rate", null, null, null, null, null, null, 100_000));
    }

    private static void assertSameFacts(FactFilter f) throws Exception {
        FactResult a = lucene.facts(f);
        FactResult b = remote.facts(f);
        assertEquals(a.total(), b.total(), "total of " + f);
        assertEquals(sorted(a.rows()), sorted(b.rows()), "facts of " + f);
        // the same order where the sort keys differ (ties are broken by document number in Lucene, id in Solr)
        assertEquals(a.rows().stream().map(SolrBackendIT::sortKey).toList(),
                b.rows().stream().map(SolrBackendIT::sortKey).toList(), "order of " + f);
    }

    private static List<String> sorted(List<FactRow> rows) {
        return rows.stream().map(FactRow::toString).sorted().toList();
    }

    private static String sortKey(FactRow r) {
        return r.department() + "|" + r.year() + "|" + r.scope() + "|" + r.phase() + "|" + r.value();
    }

    @Test
    void pivotCellsAreTheSame() throws Exception {
        FactFilter canonical = FactFilter.all(100_000).withCanonicalOnly(true);
        List<String> pairs = lucene.facts(canonical).rows().stream().map(r -> r.scope() + "|" + r.phase()).distinct()
                .sorted().toList();
        assertFalse(pairs.isEmpty(), "the samples have canonical facts");
        int cells = 0;
        for (String pair : pairs) {
            String[] sp = pair.split("\\|", -1);
            FactFilter f = FactFilter.all(100).withScopePhase(sp[0], "null".equals(sp[1]) ? null : sp[1]);
            // by department × year (Lucene reads its report-period documents) and by measure × year (fact documents)
            cells += assertSamePivot(new PivotRequest(f, IndexFields.DEPARTMENT, IndexFields.YEAR, true));
            cells += assertSamePivot(new PivotRequest(f, IndexFields.MEASURE, IndexFields.YEAR, false));
        }
        cells += assertSamePivot(new PivotRequest(FactFilter.all(100), IndexFields.SCOPE, IndexFields.PHASE, true, 3));
        assertTrue(cells >= 5, "pivots with cells: " + cells);
    }

    private static int assertSamePivot(PivotRequest r) throws Exception {
        PivotTable a = lucene.compare(r);
        PivotTable b = remote.compare(r);
        String what = r.filter().scope() + "/" + r.filter().phase() + " " + r.rows() + "×" + r.cols();
        assertEquals(a.rows(), b.rows(), "rows of " + what);
        assertEquals(a.cols(), b.cols(), "columns of " + what);
        assertEquals(a.facts(), b.facts(), "facts of " + what);
        int n = 0;
        for (String row : a.rows()) {
            for (String col : a.cols()) {
                PivotCell x = a.cell(row, col);
                PivotCell y = b.cell(row, col);
                assertEquals(x == null, y == null, "cell " + row + "," + col + " of " + what);
                if (x != null) {
                    assertSameCell(x, y, what + " " + row + "," + col, r);
                    n++;
                }
            }
        }
        return n;
    }

    private static void assertSameCell(PivotCell x, PivotCell y, String what, PivotRequest r) {
        assertEquals(x.facts(), y.facts(), "facts in " + what);
        assertEquals(x.distinct(), y.distinct(), "values in " + what);
        assertEquals(valueCounts(x), valueCounts(y), "value counts in " + what);
        // a tie between values is broken by document order, which differs between the backends
        if (x.values().size() == 1 || x.values().get(0).facts() > x.values().get(1).facts()) {
            assertEquals(0, x.value().compareTo(y.value()), "value most facts agree on in " + what);
            if (r.filter().scope() != null && r.filter().phase() != null) {
                // a cell mixing dimensions (money and ratio facts of one scope, any phase) is shown in
                // the first fact's dimension by Lucene, the commonest by Solr
                assertEquals(x.display(), y.display(), "display in " + what);
            }
        }
        if (r.withProvenance()) {
            assertEquals(x.sources().size(), y.sources().size(), "sources in " + what);
            if (x.facts() <= r.maxSources()) {
                assertEquals(sorted(x.sources()), sorted(y.sources()), "sources in " + what);
            }
            for (PivotValue v : y.values()) {
                assertNotNull(v.source(), "where " + v.value() + " was printed, in " + what);
                assertEquals(0, v.source().value().compareTo(v.value()), "the source has the value, in " + what);
            }
        }
    }

    private static Map<BigDecimal, Integer> valueCounts(PivotCell c) {
        Map<BigDecimal, Integer> m = new TreeMap<>(Comparator.naturalOrder());
        for (PivotValue v : c.values()) {
            m.put(v.value(), v.facts());
        }
        return m;
    }

    @Test
    void findingsAreTheSame() throws Exception {
        FindingFilter all = new FindingFilter(null, null, null, null, 100_000);
        var a = lucene.findings(all);
        var b = remote.findings(all);
        assertEquals(a.total(), b.total());
        List<String> x = new ArrayList<>(a.rows().stream().map(Object::toString).toList());
        List<String> y = new ArrayList<>(b.rows().stream().map(Object::toString).toList());
        x.sort(null);
        y.sort(null);
        assertEquals(x, y);
        for (String severity : List.of("error", "warning")) {
            FindingFilter f = new FindingFilter(severity, null, null, null, 100_000);
            assertEquals(lucene.findings(f).total(), remote.findings(f).total(), severity);
        }
    }

    @Test
    void aQueryTheSolrBackendCannotTranslateIsRefusedClearly() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> remote.search(new SearchRequest("预算~", null, null, 5)));
        assertTrue(e.getMessage().contains("Solr backend"), e.getMessage());
    }
}
