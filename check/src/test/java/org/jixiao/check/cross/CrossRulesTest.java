package org.jixiao.check.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jixiao.check.Checker;
import org.jixiao.check.Fixtures;
import org.jixiao.model.Block;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

class CrossRulesTest {
    private static Fact fact(String measure, String scope, String period, String phase, String v, String rid) {
        return new Fact(measure, scope, null, period, phase, Quantity.of(v, Unit.YI_YUAN), measure,
                Provenance.ofCell(rid, "t1", 3, 3, 2, "test"));
    }

    private static Report report(String id, int year, Fact... facts) {
        ReportMeta m = new ReportMeta("湖南省人力资源和社会保障厅", "湖南省", "province", year, "selfeval-report", null, null,
                null, null);
        return new Report(id, null, m, List.of(), List.of(), List.of(), List.of(facts), List.of(), List.of());
    }

    @Test
    void closingBalanceCarriesIntoTheNextYear() {
        Report y24 = report("a", 2024, fact("balance-end", "fund:injury", "2024", "actual", "75.588", "a"));
        Report ok = report("b", 2025, fact("balance-begin", "fund:injury", "2025", "actual", "75.59", "b"));
        Report bad = report("c", 2025, fact("balance-begin", "fund:injury", "2025", "actual", "79.53", "c"));
        assertTrue(new BalanceCarryRule().check(List.of(y24, ok)).isEmpty());
        List<Finding> f = new BalanceCarryRule().check(List.of(bad, y24));
        assertEquals(1, f.size(), f.toString());
        assertEquals("c", f.get(0).reportId());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("a", f.get(0).evidence().get(0).provenance().reportId());
    }

    @Test
    void priorYearFigureQuotedLaterMustMatchItsOwnReport() {
        Report y23 = report("a", 2023, fact("amount", "sangong", "2023", "actual", "48.59", "a"));
        Report y24 = report("b", 2024, fact("amount", "sangong", "2023", "actual", "48.95", "b"),
                fact("amount", "sangong", "2024", "actual", "39.76", "b"));
        List<Finding> f = new PriorYearQuoteRule().check(List.of(y23, y24));
        assertEquals(1, f.size(), f.toString());
        assertEquals("b", f.get(0).reportId());
        Report same = report("c", 2024, fact("amount", "sangong", "2023", "actual", "48.59", "c"));
        assertTrue(new PriorYearQuoteRule().check(List.of(y23, same)).isEmpty());
    }

    @Test
    void theCheckerFilesCrossFindingsOnTheirReport() {
        Report y24 = report("a", 2024, fact("balance-end", "fund:injury", "2024", "actual", "75.588", "a"));
        Report y25 = report("c", 2025, fact("balance-begin", "fund:injury", "2025", "actual", "79.53", "c"));
        Map<Report, List<Finding>> all = Checker.standard().checkAll(List.of(y24, y25));
        assertTrue(all.get(y25).stream().anyMatch(x -> x.rule().equals(BalanceCarryRule.ID)));
        assertTrue(all.get(y24).stream().noneMatch(x -> x.rule().equals(BalanceCarryRule.ID)));
    }

    private static Fact sentence(String measure, String scope, String period, String phase, String v, String label,
                                 String rid, int start, int end) {
        return new Fact(measure, scope, null, period, phase, Quantity.of(v, Unit.WAN_YUAN), label,
                Provenance.ofBlock(rid, "b119", 30, "sentence").withChars(start, end));
    }

    /** A budget whose paragraph b119 prints {@code text}, its years read as extract reads them. */
    private static Report budget(String id, int year, String text, Fact... facts) {
        ReportMeta m = new ReportMeta("上海市普陀区人民政府万里街道办事处", "上海市", "district", year, "budget",
                "上海市普陀区" + year + "年区级部门预算", null, null, null);
        Block b = Block.paragraph("b119", text, Provenance.ofBlock(id, "b119", 30, "pdf"));
        return Fixtures.withYears(new Report(id, null, m, List.of(b), List.of(), List.of(), List.of(facts), List.of(),
                List.of()));
    }

    @Test
    void thisYearsBudgetLessItsChangeIsLastYearsBudget() {
        // 万里街道 2025: "2025年“三公”经费预算数为37.91万元，比2024年预算减少10万元"; the 2024 budget printed 47.91
        Report y25 = budget("w25", 2025, "2025年“三公”经费预算数为37.91万元，比2024年预算减少10万元。", sentence("amount", "sangong", "2025", "budget-final", "37.91",
                "2025年“三公”经费预算数", "w25", 15, 20), sentence("change", "sangong", "2025", "change", "-10",
                "比2024年预算减少", "w25", 33, 37));
        Report y24 = budget("w24", 2024, "2024年“三公”经费预算数为47.91万元。", sentence("amount", "sangong", "2024", "budget-final", "47.91", "2024年“三公”经费预算数", "w24", 15, 20));
        org.jixiao.check.RuleTally tally = new org.jixiao.check.RuleTally();
        assertEquals(List.of(), new BudgetChangeRule().check(List.of(y24, y25), tally));
        assertEquals(1, tally.held());
        Report misprinted = budget("x24", 2024, "2024年“三公”经费预算数为45.91万元。", sentence("amount", "sangong", "2024", "budget-final", "45.91", "2024年“三公”经费预算数", "x24", 15, 20));
        List<Finding> f = new BudgetChangeRule().check(List.of(misprinted, y25));
        assertEquals(1, f.size(), f.toString());
        assertEquals("w25", f.get(0).reportId());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(List.of("current", "change", "last-year"), f.get(0).evidence().stream().map(e -> e.role()).toList());
        // a change against last year's execution (比2024年预算执行数) is another base: not evaluated
        Report execution = budget("e25", 2025, "2025年“三公”经费预算数为37.91万元，比2024年预算执行数减少10万元。",
                sentence("amount", "sangong", "2025", "budget-final", "37.91", "预算数", "e25", 15, 20),
                sentence("change", "sangong", "2025", "change", "-10", "比2024年预算执行数减少", "e25", 36, 38));
        assertEquals(List.of(), new BudgetChangeRule().check(List.of(misprinted, execution)));
    }

    @Test
    void lastYearsBudgetNamedWithoutItsYearIsTheSameBase() {
        // "比上年预算减少": 上年 is the year before the report's, read by extract as 2024 in a 2025 budget
        Report y25 = budget("u25", 2025, "2025年“三公”经费预算数为37.91万元，比上年预算减少10万元。",
                sentence("amount", "sangong", "2025", "budget-final", "37.91", "预算数", "u25", 15, 20),
                sentence("change", "sangong", "2025", "change", "-10", "比上年预算减少", "u25", 30, 32));
        Report y24 = budget("v24", 2024, "2024年“三公”经费预算数为45.91万元。", sentence("amount", "sangong", "2024",
                "budget-final", "45.91", "2024年“三公”经费预算数", "v24", 15, 20));
        List<Finding> f = new BudgetChangeRule().check(List.of(y24, y25));
        assertEquals(1, f.size(), f.toString());
        assertEquals(30, f.get(0).evidence().get(1).provenance().charStart());
    }
}
