package org.jixiao.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.index.IndexFields;
import org.jixiao.index.ReportIndexer;
import org.jixiao.index.TestReports;
import org.jixiao.model.Report;

class IndexQueriesTest {
    @TempDir
    static Path dir;
    static List<Report> reports;
    static IndexView view;

    @BeforeAll
    static void build() throws IOException {
        reports = TestReports.all();
        try (ReportIndexer ix = ReportIndexer.open(dir)) {
            for (Report r : reports) {
                ix.index(r.source().path(), r, TestReports.findings(r));
            }
            ix.commit("test");
        }
        view = IndexView.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        view.close();
    }

    @Test
    void searchForSanGongFindsHighlightedParagraphsInEveryReportThatMentionsIt() throws IOException {
        SearchResult r = new TextSearch(view).search(new SearchRequest("三公经费", null, null, 200));
        Set<String> reportsHit = r.hits().stream().map(SearchHit::reportId).collect(Collectors.toSet());
        assertEquals(reports.stream().map(Report::id).collect(Collectors.toSet()), reportsHit);
        // the quoted form “三公”经费 is found and highlighted as one unit
        SearchHit quoted = r.hits().stream().filter(h -> h.snippet().contains("三公”经费")).findFirst().orElseThrow();
        assertTrue(quoted.snippet().contains(TextSearch.MARK_OPEN + "三公”经费" + TextSearch.MARK_CLOSE), quoted.snippet());
        assertTrue(r.hits().stream().allMatch(h -> h.snippet().contains(TextSearch.MARK_OPEN)));
        SearchHit withPath = r.hits().stream().filter(h -> h.sectionPath() != null && h.type().equals("block"))
                .findFirst().orElseThrow();
        assertTrue(withPath.sectionPath().contains("、"), withPath.sectionPath());
        SearchHit row = r.hits().stream().filter(h -> "row".equals(h.type())).findFirst().orElseThrow();
        assertEquals("t0", row.tableId());
        assertEquals(2, row.page());
    }

    @Test
    void searchFiltersByDepartmentAndYearAndFindsNumbersAndPartsOfNames() throws IOException {
        TextSearch s = new TextSearch(view);
        SearchResult yiyang = s.search(new SearchRequest("三公经费", TestReports.HR_YIYANG, 2024, 100));
        assertTrue(yiyang.totalHits() > 0);
        assertTrue(yiyang.hits().stream().allMatch(h -> h.department().equals(TestReports.HR_YIYANG)));
        SearchResult number = s.search(new SearchRequest("33,502.94", null, null, 10));
        assertTrue(number.hits().get(0).snippet().contains("【33,502.94】"), number.hits().get(0).snippet());
        SearchResult part = s.search(new SearchRequest("社会保障", null, 2025, 10));
        assertTrue(part.totalHits() > 0);
        assertThrows(IllegalArgumentException.class, () -> s.search(new SearchRequest("三公 AND (", null, null, 5)));
    }

    @Test
    void factsOfTotalRateListTheExecutionRateOfEachReportWithProvenance() throws IOException {
        FactResult r = new FactSearch(view).search(FactFilter.all(100).withScopePhase("total", "rate"));
        Map<String, String> byDept = r.rows().stream()
                .collect(Collectors.toMap(f -> f.department() + " " + f.year(), FactRow::printedWithUnit));
        assertEquals(Map.of(TestReports.HR_HUNAN + " 2025", "86.56%", TestReports.HR_YIYANG + " 2024", "87.90%"), byDept);
        FactRow hunan = r.rows().get(0);
        assertEquals(TestReports.HR_HUNAN, hunan.department());
        assertEquals(0, new BigDecimal("0.8656").compareTo(hunan.value()));
        assertNotNull(hunan.blockId());
        Report source = reports.get(0);
        String text = source.blocks().stream().filter(b -> b.id().equals(hunan.blockId())).findFirst().orElseThrow().text();
        assertEquals("86.56", text.substring(hunan.charStart(), hunan.charEnd()));
    }

    @Test
    void factsFilterByRangeInNormalizedUnits() throws IOException {
        FactSearch s = new FactSearch(view);
        FactFilter money = new FactFilter(null, null, "amount", null, null, null, new BigDecimal("1000000"), null, 100);
        List<FactRow> big = s.search(money).rows();
        assertEquals(Set.of("33,502.94", "29,000.52", "159.32"), big.stream().map(FactRow::printed).collect(Collectors.toSet()));
        FactFilter rates = new FactFilter("total", "rate", null, null, null, null, new BigDecimal("0.87"),
                new BigDecimal("0.9"), 100);
        assertEquals(List.of("87.90"), s.search(rates).rows().stream().map(FactRow::printed).toList());
    }

    @Test
    void compareMakesADepartmentByYearTableWithProvenance() throws IOException {
        PivotTable t = new PivotQuery(view).pivot(new PivotRequest(FactFilter.all(1).withScopePhase("total", "rate"),
                IndexFields.DEPARTMENT, IndexFields.YEAR, true));
        assertEquals(List.of(TestReports.HR_HUNAN, TestReports.HR_YIYANG), t.rows());
        assertEquals(List.of("2024", "2025"), t.cols());
        assertEquals("86.56%", t.cell(TestReports.HR_HUNAN, "2025").display());
        assertEquals("87.9%", t.cell(TestReports.HR_YIYANG, "2024").display());
        assertNull(t.cell(TestReports.HR_HUNAN, "2024"));
        PivotCell c = t.cell(TestReports.HR_HUNAN, "2025");
        assertEquals(1, c.facts());
        assertEquals(reports.get(0).id(), c.sources().get(0).reportId());
        assertNotNull(c.sources().get(0).where());
    }

    @Test
    void aCellWithFactsThatDisagreeSaysSoAndShowsTheMostCommonValue() throws IOException {
        FactFilter amounts = new FactFilter(null, null, "amount", null, null, null, null, null, 1);
        PivotTable t = new PivotQuery(view).pivot(new PivotRequest(amounts, IndexFields.DEPARTMENT, IndexFields.YEAR, false));
        PivotCell c = t.cell(TestReports.HR_HUNAN, "2025");
        assertEquals(2, c.facts());
        assertEquals(2, c.distinct());
        assertTrue(c.conflicting());
        assertEquals("33502.94万元", c.display()); // a tie: the first printed
        PivotTable byPeriod = new PivotQuery(view).pivot(new PivotRequest(FactFilter.all(1).withScopePhase("total", "rate"),
                IndexFields.DEPARTMENT, IndexFields.PERIOD, false));
        assertEquals(List.of("2024", "2025"), byPeriod.cols());
        PivotCell one = t.cell(TestReports.HR_YIYANG, "2024");
        assertEquals("58万元", one.display());
        assertEquals(1, one.distinct());
    }

    @Test
    void findingsBySeverityAndRule() throws IOException {
        FindingSearch s = new FindingSearch(view);
        FindingResult errors = s.search(new FindingFilter("error", null, null, null, 100));
        assertEquals(3, errors.total());
        assertTrue(errors.rows().stream().allMatch(f -> f.severity().equals("error") && f.evidence().contains("provenance")));
        assertEquals(Map.of("error", 3, "warning", 3), s.countBySeverity(new FindingFilter(null, null, null, null, 10)));
        assertEquals(1, s.search(new FindingFilter(null, "table.column-sum", TestReports.HR_YIYANG, null, 10)).total());
    }

    @Test
    void reportsAndFacets() throws IOException {
        List<ReportInfo> rs = view.reports();
        assertEquals(3, rs.size());
        assertEquals(TestReports.HR_HUNAN, rs.get(0).department());
        assertEquals(2024, rs.get(0).year());
        assertEquals(2, rs.get(0).findings());
        Map<String, Integer> byType = view.facetCounts(new org.apache.lucene.search.MatchAllDocsQuery(), IndexFields.TYPE, 10);
        assertEquals(3, byType.get("report"));
        assertEquals(7, byType.get("fact"));
    }
}
