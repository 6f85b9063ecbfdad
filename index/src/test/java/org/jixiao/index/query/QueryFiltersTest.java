package org.jixiao.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.index.IndexFields;
import org.jixiao.index.ReportIndexer;
import org.jixiao.index.TestReports;
import org.jixiao.model.Report;

/** The filters the web API needs beyond the CLI's: kind and level, period, one report; search facets. */
class QueryFiltersTest {
    @TempDir
    static Path dir;
    static IndexView view;
    static Report yiyang;

    @BeforeAll
    static void build() throws IOException {
        try (ReportIndexer ix = ReportIndexer.open(dir)) {
            for (Report r : TestReports.all()) {
                ix.index(r.source().path(), r, TestReports.findings(r));
            }
            ix.commit("test");
        }
        yiyang = TestReports.yiyang2024();
        view = IndexView.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        view.close();
    }

    @Test
    void searchFacetsCountTheMatchesOfEachValueWithTheFiltersApplied() throws IOException {
        TextSearch s = new TextSearch(view);
        SearchRequest all = new SearchRequest("三公经费", null, null, 500, null, null);
        Map<String, Map<String, Integer>> f = s.facets(all, List.of(IndexFields.DEPARTMENT, IndexFields.LEVEL), 10);
        int yiyangHits = f.get(IndexFields.DEPARTMENT).get(TestReports.HR_YIYANG);
        assertEquals(yiyangHits, s.search(new SearchRequest("三公经费", TestReports.HR_YIYANG, null, 500)).totalHits());
        int city = f.get(IndexFields.LEVEL).getOrDefault("city", 0);
        assertEquals(city, s.search(new SearchRequest("三公经费", null, null, 500, null, "city")).totalHits());
        assertEquals(0, s.search(new SearchRequest("三公经费", null, null, 5, "budget", null)).totalHits());
        assertTrue(s.search(new SearchRequest("三公经费", null, null, 5, "selfeval-report", null)).totalHits() > 0);
    }

    @Test
    void factsOfOneReportAndOnePeriod() throws IOException {
        FactSearch s = new FactSearch(view);
        FactResult one = s.search(FactFilter.all(100).withReportId(yiyang.id()));
        assertEquals(yiyang.facts().size(), one.total());
        assertTrue(one.rows().stream().allMatch(r -> r.reportId().equals(yiyang.id())));
        FactResult y2025 = s.search(FactFilter.all(100).withPeriod("2025"));
        assertTrue(y2025.total() > 0);
        assertTrue(y2025.rows().stream().allMatch(r -> "2025".equals(r.period())));
    }

    @Test
    void findingsOfOneReport() throws IOException {
        FindingSearch s = new FindingSearch(view);
        FindingResult r = s.search(new FindingFilter(null, null, null, null, 100, yiyang.id()));
        assertTrue(r.total() > 0);
        assertEquals(TestReports.findings(yiyang).size(), r.total());
        assertTrue(r.rows().stream().allMatch(x -> x.reportId().equals(yiyang.id())));
    }
}
