package org.jixiao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.index.analysis.ChineseAnalyzer;
import org.jixiao.index.analysis.DomainDictionary;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.FactSearch;
import org.jixiao.index.query.FindingFilter;
import org.jixiao.index.query.FindingSearch;
import org.jixiao.index.query.IndexView;
import org.jixiao.index.query.ReportInfo;
import org.jixiao.model.Fact;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.Source;

/** One report published as several renditions, and corrected versions, is shown once. */
class RenditionsTest {
    @TempDir
    Path dir;

    private ReportIndexer open() throws IOException {
        return new ReportIndexer(FSDirectory.open(dir), ChineseAnalyzer.forIndex(DomainDictionary.standard()));
    }

    /** The same report read from another file: other bytes (id), path and name, same meta and figures. */
    static Report rendition(Report r, String fileName) {
        String id = TestReports.sha256((r.id() + fileName).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Report(id, new Source("/site/" + fileName, fileName, null, 1, id), r.meta(), r.blocks(), r.tables(),
                r.sections(), r.facts(), r.indicators(), r.diagnostics());
    }

    /** A version with the first figure changed. */
    static Report corrected(Report r, String fileName) {
        Report c = rendition(r, fileName);
        List<Fact> facts = new ArrayList<>(c.facts());
        Fact f = facts.get(0);
        Quantity q = f.quantity();
        facts.set(0, new Fact(f.measure(), f.scope(), f.subject(), f.period(), f.phase(),
                new Quantity(q.value().add(BigDecimal.ONE), q.decimals(), q.unit(), null, q.printed()), f.label(),
                f.provenance()));
        return c.withFigures(c.meta(), facts, c.indicators(), c.tables());
    }

    private void index(ReportIndexer ix, Report r) throws IOException {
        ix.index(r.source().path(), r, TestReports.findings(r));
        ix.commit("test");
    }

    private record Seen(List<String> paths, long facts, long findings, List<List<String>> diagnostics) {
    }

    private Seen seen() throws IOException {
        try (IndexView v = IndexView.open(dir)) {
            List<ReportInfo> reports = v.reports();
            return new Seen(reports.stream().map(ReportInfo::path).sorted().toList(),
                    new FactSearch(v).search(FactFilter.all(1000)).total(),
                    new FindingSearch(v).search(new FindingFilter(null, null, null, null, 1000)).total(),
                    reports.stream().map(ReportInfo::diagnostics).toList());
        }
    }

    @Test
    void renditionsAreShownOnceBestFormatFirst() throws IOException {
        Report txt = TestReports.hunan2025();
        try (ReportIndexer ix = open()) {
            index(ix, txt);
            Seen one = seen();
            index(ix, rendition(txt, "report.html"));
            index(ix, rendition(txt, "report.pdf"));
            Seen s = seen();
            assertEquals(List.of("/site/report.pdf"), s.paths(), "the PDF rendition is shown");
            assertEquals(one.facts(), s.facts(), "facts once");
            assertEquals(one.findings(), s.findings(), "findings once");
            ix.remove("/site/report.pdf");
            ix.commit("removed");
            assertEquals(List.of("/site/report.html"), seen().paths(), "the next rendition comes back");
        }
        try (ReportIndexer ix = open()) {
            // families are remembered across sessions
            index(ix, rendition(txt, "report.docx"));
            assertEquals(List.of("/site/report.docx"), seen().paths());
        }
    }

    @Test
    void aCorrectedVersionReplacesTheOldAndSaysSo() throws IOException {
        Report old = TestReports.hunan2025();
        try (ReportIndexer ix = open()) {
            index(ix, old);
            long facts = seen().facts();
            index(ix, corrected(old, "corrected.txt"));
            Seen s = seen();
            assertEquals(List.of("/site/corrected.txt"), s.paths(), "the later version is shown, even as text");
            assertEquals(facts, s.facts());
            assertTrue(s.diagnostics().get(0).stream().anyMatch(d -> d.contains("a corrected version of " + old.source().path())),
                    s.diagnostics().toString());
            // a rendition of the old version published later does not bring it back
            index(ix, rendition(old, "old.pdf"));
            assertEquals(List.of("/site/corrected.txt"), seen().paths());
        }
    }

    @Test
    void differentReportsOfOneDepartmentAndYearStayApart() throws IOException {
        Report a = TestReports.hunan2025();
        Report b = TestReports.withFacts(rendition(a, "unit-budget.pdf"), List.of(
                TestReports.fact(a, "预算执行率为86.56%", "86.56", org.jixiao.model.Unit.PERCENT, "rate", "basic", "rate"),
                TestReports.fact(a, "总金额为33,502.94万元", "33,502.94", org.jixiao.model.Unit.WAN_YUAN, "amount", "basic", "budget-final"),
                TestReports.fact(a, "预算执行率为55.34%", "55.34", org.jixiao.model.Unit.PERCENT, "rate", "project", "rate")));
        try (ReportIndexer ix = open()) {
            index(ix, a);
            index(ix, b);
            assertEquals(2, seen().paths().size());
        }
    }
}
