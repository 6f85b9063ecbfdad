package org.jixiao.pipeline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jixiao.index.query.FactRow;
import org.jixiao.index.query.PivotCell;
import org.jixiao.index.query.PivotTable;
import org.jixiao.index.query.PivotValue;
import org.jixiao.model.Basis;

class IndexTablesTest {
    private static FactRow fact(String department, String printed, Integer page, String block) {
        return new FactRow("r1", department, null, null, 2024, null, "rate", "total", null, "2024", "rate", "%",
                new BigDecimal(printed).movePointLeft(2), printed, 2, "执行率", page, block, null, null, null, 3, 8,
                "text", "f1", "department", List.of(), new Basis("cue:部门整体支出", "cue:执行率", "report-year"), true);
    }

    @Test
    void aCellWhoseFactsDisagreeShowsEachValueWithWhereItWasPrinted() {
        PivotValue a = new PivotValue(new BigDecimal("0.8656"), "86.56%", 2, fact("甲厅", "86.56", 3, "b5"));
        PivotValue b = new PivotValue(new BigDecimal("0.85"), "85%", 1, fact("甲厅", "85.00", 1, "b7"));
        PivotCell conflict = new PivotCell(a.value(), a.display(), 3, 2, List.of(), List.of(a, b));
        PivotCell agree = new PivotCell(a.value(), a.display(), 1, 1, List.of(), List.of(a));
        PivotTable t = new PivotTable("department", "year", List.of("甲厅", "乙局"), List.of("2024"),
                Map.of("甲厅", Map.of("2024", conflict), "乙局", Map.of("2024", agree)), 4);
        List<Map<String, String>> rows = IndexTables.pivot(t).asMaps();
        assertEquals("86.56% (甲厅 p.3 block b5 [3,8)) ≠ 85% (甲厅 p.1 block b7 [3,8))", rows.get(0).get("2024"));
        assertEquals("86.56%", rows.get(1).get("2024"));
        PivotValue noSource = new PivotValue(b.value(), b.display(), 1, null);
        PivotCell more = new PivotCell(a.value(), a.display(), 5, 3, List.of(), List.of(a, noSource));
        PivotTable t2 = new PivotTable("department", "year", List.of("甲厅"), List.of("2024"),
                Map.of("甲厅", Map.of("2024", more)), 5);
        assertEquals("86.56% (甲厅 p.3 block b5 [3,8)) ≠ 85% ≠ …", IndexTables.pivot(t2).asMaps().get(0).get("2024"));
    }
}
