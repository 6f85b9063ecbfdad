package org.jixiao.extract.figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 12): in 类/款/项-coded budget tables (功能分类科目编码 over 类 | 款 | 项, cells of the
 * upper header rows spanning into the 类/款/项 row) the first data row, 201 一般公共服务支出, was taken
 * for header and lost its numbers, and the rows below were read without column roles, so the 款
 * and 项 codes (13, 01) became amounts. Real table: 上海市普陀区商务委员会 2025 budget (samples/budget).
 */
class CodedBudgetTableFactsTest {
    private static final Path PDF = Path.of("..", "samples", "budget", "上海市普陀区商务委员会25年预算.pdf");

    @Test
    void firstCodedRowKeepsItsFiguresAndCodesAreNoAmounts() {
        Report r;
        try (ReportExtractor x = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            r = x.extract(PDF);
        }
        Table t = r.tables().stream().filter(x -> "2025年部门一般公共预算支出功能分类预算表".equals(x.caption()))
                .findFirst().orElseThrow();
        assertEquals("201", t.text(3, 0).strip());
        assertEquals("一般公共服务支出", t.text(3, 3).strip());
        List<Fact> row3 = r.facts().stream().filter(f -> t.id().equals(f.provenance().tableId())
                && Integer.valueOf(3).equals(f.provenance().row())).toList();
        assertEquals(List.of(new BigDecimal("21601733.00"), new BigDecimal("12291733.00"), new BigDecimal("9310000.00")),
                row3.stream().map(f -> f.quantity().value()).toList(), row3.toString());
        assertTrue(row3.stream().allMatch(f -> "budget-final".equals(f.phase())), row3.toString());
        // 类 / 款 / 项 code columns hold no figures
        assertTrue(r.facts().stream().noneMatch(f -> t.id().equals(f.provenance().tableId())
                && f.provenance().col() != null && f.provenance().col() < 3), "a code was read as a figure");
        // 商贸事务's 基本支出 is the same figure as the class row's, in the 基本支出 column
        Fact basic = r.facts().stream().filter(f -> t.id().equals(f.provenance().tableId())
                && Integer.valueOf(4).equals(f.provenance().row()) && Integer.valueOf(5).equals(f.provenance().col()))
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("12291733.00"), basic.quantity().value());
        assertTrue(basic.label().contains("基本支出"), basic.label());
    }
}
