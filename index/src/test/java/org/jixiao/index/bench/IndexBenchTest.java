package org.jixiao.index.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.index.IndexFields;
import org.jixiao.index.TestReports;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.IndexView;
import org.jixiao.index.query.PivotQuery;
import org.jixiao.index.query.PivotRequest;
import org.jixiao.index.query.PivotTable;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;

class IndexBenchTest {
    @TempDir
    Path dir;

    private static ReportVariants variants() throws IOException {
        List<Report> seeds = TestReports.all();
        Map<String, List<Finding>> findings = new HashMap<>();
        for (Report r : seeds) {
            findings.put(r.id(), TestReports.findings(r));
        }
        return new ReportVariants(seeds, findings);
    }

    @Test
    void variantsMoveDepartmentYearAndFiguresButKeepTheText() throws IOException {
        ReportVariants v = variants();
        Report a = v.report(0);
        Report b = v.report(11);
        assertNotEquals(a.id(), b.id());
        assertNotEquals(a.meta().department(), b.meta().department());
        assertEquals(2015, a.meta().fiscalYear());
        assertEquals(2016, v.report(1).meta().fiscalYear());
        Report c = v.report(33); // seed 0 (湖南省人力资源和社会保障厅) as 湖南省民政厅
        assertEquals("湖南省民政厅", c.meta().department());
        assertTrue(c.blocks().stream().anyMatch(x -> x.text().contains("湖南省民政厅")));
        assertTrue(c.blocks().stream().noneMatch(x -> x.text().contains(TestReports.HR_HUNAN)));
        assertEquals(a.id(), a.facts().get(0).provenance().reportId());
        assertEquals(a.id(), v.findings(0).get(0).reportId());
        assertEquals(a, v.report(0), "deterministic");
    }

    @Test
    void benchIndexesTheVariantsAndTimesEachQueryKind() throws IOException {
        StringWriter log = new StringWriter();
        BenchResult r = new IndexBench(variants(), 2, 10, new PrintWriter(log, true)).run(dir, 33, 5);
        assertEquals(33, r.reports());
        assertEquals(List.of("search", "facts", "compare", "compare/kept"), r.latencies().stream().map(Latencies::query).toList());
        assertTrue(r.latencies().stream().allMatch(l -> l.runs() == 5 && l.p50() <= l.p95() && l.p95() <= l.p99()));
        assertTrue(r.indexBytes() > 0 && r.documents() > 33);
        BenchResult again = IndexBench.queriesOnly(dir, 3, 2);
        assertEquals(33, again.reports());
        assertTrue(Double.isNaN(again.indexSeconds()));
        assertEquals(List.of("search", "facts", "compare", "compare/kept", "search×2", "facts×2", "compare×2",
                "compare/kept×2"), again.latencies().stream().map(Latencies::query).toList());
        assertEquals(6, again.latencies().get(4).runs(), "3 timed runs from each of 2 clients");
        try (IndexView view = IndexView.open(dir)) {
            assertEquals(33, view.reports().size());
            PivotTable p = new PivotQuery(view).pivot(new PivotRequest(FactFilter.all(1).withScopePhase("total", "rate"),
                    IndexFields.DEPARTMENT, IndexFields.YEAR, false));
            // 33 variants of 3 seeds, two with a total rate: 22 facts over 3 departments and 11 years
            assertEquals(22, p.facts());
            assertEquals(3, p.rows().size());
            assertEquals(11, p.cols().size());
            assertEquals(Map.of("2015", 3), Map.of("2015", view.facetCounts(
                    new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.TYPE, "report")),
                    IndexFields.YEAR, 20).get("2015")));
        }
    }
}
