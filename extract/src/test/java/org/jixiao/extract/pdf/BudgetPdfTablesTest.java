package org.jixiao.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.extract.RawDocument;
import org.jixiao.model.Cell;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

/**
 * The two budget disclosures in samples/budget: every standard table found once (tables running
 * over two pages joined), with its caption, unit and column count as printed (checked on the page
 * images), and merged header cells as spans.
 */
class BudgetPdfTablesTest {
    private static final Path BUDGET = Path.of("../samples/budget");

    private static RawDocument read(String name) throws Exception {
        return PdfFixtures.extract(Files.readAllBytes(BUDGET.resolve(name)), PdfFixtures.context(name));
    }

    @Test
    void putuoCommerceHasItsNineTablesWithTheirColumns() throws Exception {
        RawDocument doc = read("上海市普陀区商务委员会25年预算.pdf");
        assertEquals(List.of(4, 9, 7, 7, 7, 7, 7, 6, 7), doc.tables().stream().map(Table::cols).toList());
        assertEquals(List.of("2025年部门财务收支预算总表", "2025年部门收入预算总表", "2025年部门支出预算总表",
                "2025年部门财政拨款收支预算总表", "2025年部门一般公共预算支出功能分类预算表",
                "2025年部门政府性基金预算支出功能分类预算表", "2025年部门国有资本经营预算支出功能分类预算表",
                "2025年部门一般公共预算基本支出部门预算经济分类预算表", "2025年部门“三公”经费和机关运行经费预算表"),
                doc.tables().stream().map(Table::caption).toList());
        Table functional = doc.tables().get(4);
        assertEquals(List.of(15, 16), functional.pages());
        assertEquals("单位：元", functional.unitLine());
        Cell name = functional.cellAt(1, 3).orElseThrow();
        assertEquals("功能分类科目名称", name.text());
        assertEquals(2, name.rowSpan());
        assertEquals("一般公共预算支出", functional.cellAt(0, 4).orElseThrow().text());
        assertEquals(3, functional.cellAt(0, 4).orElseThrow().colSpan());
        assertEquals("21,601,733.00", functional.text(3, 4));
        assertTrue(functional.cells().stream().anyMatch(c -> c.provenance().page() == 16));
    }

    @Test
    void jiangsuHasItsTwelveTables() throws Exception {
        RawDocument doc = read("江苏省人大常委会办公厅2019年部门预算公开表.pdf");
        assertEquals(List.of(6, 3, 5, 4, 3, 3, 3, 3, 9, 3, 3, 6), doc.tables().stream().map(Table::cols).toList());
        assertEquals("公开表一收支预算总表", doc.tables().get(0).caption());
        assertEquals("公开表十二2019年政府采购预算表", doc.tables().get(11).caption());
        assertEquals(List.of(12, 13), doc.tables().get(11).pages());
        Table first = doc.tables().get(0);
        assertEquals(27, first.rows());
        assertEquals(4, first.cellAt(0, 2).orElseThrow().colSpan());
        assertEquals("支出合计", first.text(26, 2));
        assertEquals("18,330.37", first.text(26, 5));
    }
}
