package org.jixiao.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.index.IndexFields;
import org.jixiao.index.ReportIndexer;
import org.jixiao.index.TestReports;
import org.jixiao.model.Basis;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;
import org.jixiao.model.Unit;

/**
 * Compare and facts use canonical facts only; a cell whose facts disagree names each value and
 * where it was printed; every fact row says why it counts (its basis).
 */
class CanonicalFactsTest {
    @TempDir
    static Path dir;
    static IndexView view;
    static Report hunan;

    @BeforeAll
    static void build() throws IOException {
        Report r = TestReports.hunan2025();
        List<Fact> facts = new ArrayList<>();
        Basis header = new Basis("cue:部门整体支出", "cue:预算执行率", "report-year");
        for (Fact f : r.facts()) {
            facts.add(f.withId("f" + facts.size()).withMeaning(f.scope(), "department", List.of(), header));
        }
        // a unit's rate and a qualified total: extracted, searchable, never compared as the department's total
        facts.add(TestReports.fact(r, "决算支出数为29,000.52万元", "29,000.52", Unit.WAN_YUAN, "amount", "total", "rate")
                .withId("f90").withMeaning("unit:湖南省社会保险服务中心", "unit:湖南省社会保险服务中心", List.of(), null));
        facts.add(TestReports.fact(r, "总金额为33,502.94万元", "33,502.94", Unit.WAN_YUAN, "amount", "total", "rate")
                .withId("f91").withMeaning("total", "department", List.of("不含专项资金"), null));
        hunan = r.withFigures(r.meta(), facts, List.of(), r.tables());
        // a second report of the same department and year whose total rate disagrees
        Report twin = TestReports.fromText("另一份报告：预算执行率为90.12%。".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "twin.txt", TestReports.HR_HUNAN, "湖南省", "province", 2025);
        twin = twin.withFigures(twin.meta(), List.of(TestReports.fact(twin, "预算执行率为90.12%", "90.12", Unit.PERCENT,
                "rate", "total", "rate").withId("f0")), List.of(), List.of());
        try (ReportIndexer ix = ReportIndexer.open(dir)) {
            ix.index(hunan.source().path(), hunan, List.of());
            ix.index(twin.source().path(), twin, List.of());
            ix.commit("test");
        }
        view = IndexView.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        view.close();
    }

    @Test
    void factsOfAUnitOrWithAQualifierAreListedOnlyWhenAskedFor() throws IOException {
        FactSearch s = new FactSearch(view);
        FactFilter rates = FactFilter.all(100).withScopePhase("total", "rate");
        Set<String> all = s.search(rates).rows().stream().map(FactRow::printed).collect(Collectors.toSet());
        assertEquals(Set.of("86.56", "33,502.94", "90.12"), all);
        List<FactRow> canonical = s.search(rates.withCanonicalOnly(true)).rows();
        assertEquals(Set.of("86.56", "90.12"), canonical.stream().map(FactRow::printed).collect(Collectors.toSet()));
        assertTrue(canonical.stream().allMatch(FactRow::canonical));
        assertEquals(6, s.search(FactFilter.all(100).withReportId(hunan.id())).total());
        FactRow unit = s.search(FactFilter.all(100).withScopePhase("unit:湖南省社会保险服务中心", null)).rows().get(0);
        assertFalse(unit.canonical());
        assertEquals("unit:湖南省社会保险服务中心", unit.entity());
    }

    @Test
    void aFactRowSaysWhyItCounts() throws IOException {
        FactRow r = new FactSearch(view).search(FactFilter.all(10).withScopePhase("total", "rate").withCanonicalOnly(true)
                .withReportId(hunan.id())).rows().get(0);
        assertEquals("f0", r.factId());
        assertEquals("department", r.entity());
        assertEquals(new Basis("cue:部门整体支出", "cue:预算执行率", "report-year"), r.basis());
        assertEquals("scope: cue:部门整体支出; phase: cue:预算执行率; period: report-year", r.basisText());
        FactRow qualified = new FactSearch(view).search(FactFilter.all(10).withReportId(hunan.id())).rows().stream()
                .filter(x -> "f91".equals(x.factId())).findFirst().orElseThrow();
        assertEquals(List.of("不含专项资金"), qualified.qualifiers());
        assertNull(qualified.basis());
        assertEquals("", qualified.basisText());
    }

    @Test
    void compareCountsCanonicalFactsAndShowsEachDisagreeingValueWithItsSource() throws IOException {
        PivotTable t = new PivotQuery(view).pivot(new PivotRequest(FactFilter.all(1).withScopePhase("total", "rate"),
                IndexFields.DEPARTMENT, IndexFields.YEAR, true));
        assertEquals(2, t.facts(), "the unit's and the qualified figure are left out");
        PivotCell c = t.cell(TestReports.HR_HUNAN, "2025");
        assertTrue(c.conflicting());
        assertEquals(2, c.values().size());
        assertEquals(Set.of("86.56%", "90.12%"), c.values().stream().map(PivotValue::display).collect(Collectors.toSet()));
        for (PivotValue v : c.values()) {
            assertEquals(1, v.facts());
            assertEquals(0, v.value().compareTo(v.source().value()), "each value names the fact it came from");
            assertTrue(v.source().canonical());
        }
        PivotValue first = c.values().get(0);
        assertEquals(hunan.id(), first.source().reportId(), "ties keep the first indexed first");
        assertEquals(0, new BigDecimal("0.8656").compareTo(c.value()));
        PivotTable noSources = new PivotQuery(view).pivot(new PivotRequest(FactFilter.all(1).withScopePhase("total",
                "rate"), IndexFields.DEPARTMENT, IndexFields.YEAR, false));
        assertTrue(noSources.cell(TestReports.HR_HUNAN, "2025").values().stream().allMatch(v -> v.source() == null));
    }

    @Test
    void reportPeriodDocumentsAndFactDocumentsGiveTheSamePivot() throws IOException {
        FactFilter rates = FactFilter.all(1).withScopePhase("total", "rate");
        FactFilter ratesOfMeasure = new FactFilter("total", "rate", "rate", null, null, null, null, null, 1);
        for (String cols : List.of(IndexFields.YEAR, IndexFields.PERIOD)) {
            PivotRequest fast = new PivotRequest(rates, IndexFields.DEPARTMENT, cols, true);
            PivotRequest facts = new PivotRequest(ratesOfMeasure, IndexFields.DEPARTMENT, cols, true);
            assertTrue(PivotQuery.usesPeriodDocuments(fast));
            assertFalse(PivotQuery.usesPeriodDocuments(facts));
            PivotTable a = new PivotQuery(view).pivot(fast);
            PivotTable b = new PivotQuery(view).pivot(facts);
            assertEquals(b.rows(), a.rows());
            assertEquals(b.cols(), a.cols());
            assertEquals(b.facts(), a.facts());
            for (String r : a.rows()) {
                for (String c : a.cols()) {
                    PivotCell x = a.cell(r, c);
                    PivotCell y = b.cell(r, c);
                    assertEquals(y == null, x == null);
                    if (x != null) {
                        assertEquals(y.display(), x.display());
                        assertEquals(y.facts(), x.facts());
                        assertEquals(y.distinct(), x.distinct());
                        assertEquals(y.sources().stream().map(FactRow::factId).collect(Collectors.toSet()),
                                x.sources().stream().map(FactRow::factId).collect(Collectors.toSet()));
                    }
                }
            }
        }
    }
}
