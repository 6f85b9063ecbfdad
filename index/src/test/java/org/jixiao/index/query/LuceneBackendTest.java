package org.jixiao.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.index.IndexFields;
import org.jixiao.index.ReportIndexer;
import org.jixiao.index.TestReports;
import org.jixiao.model.Report;

/** The embedded backend answers as the query classes do over the same view. */
class LuceneBackendTest {
    @TempDir
    Path dir;

    @Test
    void answersTheFourQueriesAndTheReports() throws IOException {
        try (ReportIndexer ix = ReportIndexer.open(dir)) {
            for (Report r : TestReports.all()) {
                ix.index(r.source().path(), r, TestReports.findings(r));
            }
            ix.commit("test");
        }
        try (IndexBackend b = LuceneBackend.open(dir)) {
            IndexView view = ((LuceneBackend) b).view();
            SearchRequest q = new SearchRequest("三公经费", null, null, 50);
            assertEquals(new TextSearch(view).search(q).hits().stream().map(SearchHit::snippet).toList(),
                    b.search(q).hits().stream().map(SearchHit::snippet).toList());
            FactFilter rates = FactFilter.all(10).withScopePhase("total", "rate");
            assertEquals(new FactSearch(view).search(rates), b.facts(rates));
            PivotTable t = b.compare(new PivotRequest(rates, IndexFields.DEPARTMENT, IndexFields.YEAR, false));
            assertEquals("86.56%", t.cell(TestReports.HR_HUNAN, "2025").display());
            assertEquals(6, b.findings(new FindingFilter(null, null, null, null, 10)).total());
            assertEquals(3, b.reports().size());
        }
        assertThrows(IllegalArgumentException.class, () -> LuceneBackend.open(dir.resolve("none")));
    }
}
