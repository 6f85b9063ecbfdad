package org.jixiao.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.structured.Samples;
import org.jixiao.model.BlockType;
import org.jixiao.model.Cell;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

class SpreadsheetExtractorTest {
    private static final Path BUDGET = Path.of("..", "samples", "spreadsheet", "department_budget_template.xlsx");

    @Test
    void budgetTemplateSheetsBecomeTablesWithMergedCellsAsSpans() throws Exception {
        RawDocument doc = Samples.extract(SpreadsheetExtractor.xlsx(), BUDGET);
        assertEquals(17, doc.tables().size(), "one table per sheet");
        assertTrue(doc.blocks().stream().allMatch(b -> b.type() == BlockType.TABLE));
        Table totals = doc.tables().get(6);
        assertEquals("部门收支总表", totals.caption());
        assertEquals("xlsx", totals.method());
        assertEquals(4, totals.cols(), "the empty columns right of the content are trimmed");
        assertEquals(20, totals.rows(), "thousands of styled blank rows below are trimmed");
        assertEquals(List.of("项目", "预算数", "项目", "预算数"), totals.grid().get(5));

        // 部门“三公”经费和机关运行费预算表: A2:G2, A3:C3, A4:F4, G4:G6, A5:A6, D5:F5 in sheet15.xml
        Table sangong = doc.tables().get(14);
        assertEquals("部门“三公”经费和机关运行费预算表", sangong.caption());
        assertSpan(sangong, 0, 0, 1, 7, "2026年部门“三公”经费和机关运行经费预算表");
        assertSpan(sangong, 1, 0, 1, 3, "编制部门：");
        assertSpan(sangong, 2, 0, 1, 6, "“三公”经费预算数");
        assertSpan(sangong, 2, 6, 3, 1, "机关运行经费预算数");
        assertSpan(sangong, 3, 0, 2, 1, "合计");
        assertSpan(sangong, 3, 3, 1, 3, "公务用车购置及运行费");
        assertEquals("单位:万元", sangong.text(1, 6));
        assertEquals(List.of("", "", "", "小计", "购置费", "运行费", ""), sangong.grid().get(4));
        assertTrue(sangong.cellAt(4, 6).isPresent(), "the covered slot reads as the merged cell");
        assertEquals(sangong.cellAt(2, 6), sangong.cellAt(4, 6));

        Cell c = sangong.cellAt(3, 3).orElseThrow();
        assertEquals("t14", c.provenance().tableId());
        assertEquals(3, c.provenance().row());
        assertEquals(3, c.provenance().col());
        assertEquals("xlsx", c.provenance().extractor());
        assertEquals(doc.blocks().get(14).id(), c.provenance().blockId());
    }

    private static void assertSpan(Table t, int row, int col, int rowSpan, int colSpan, String text) {
        Cell c = t.cellAt(row, col).orElseThrow();
        assertEquals(row, c.row());
        assertEquals(col, c.col());
        assertEquals(rowSpan, c.rowSpan(), text);
        assertEquals(colSpan, c.colSpan(), text);
        assertEquals(text, c.text());
    }

    private static byte[] workbook(Workbook wb) throws Exception {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("决算表");
            Row title = s.createRow(2);
            title.createCell(1).setCellValue("2024年决算");
            s.addMergedRegion(new CellRangeAddress(2, 2, 1, 3));
            Row data = s.createRow(3);
            data.createCell(1).setCellValue("合计");
            org.apache.poi.ss.usermodel.Cell money = data.createCell(2);
            money.setCellValue(33502.94);
            org.apache.poi.ss.usermodel.CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            money.setCellStyle(style);
            org.apache.poi.ss.usermodel.Cell formula = data.createCell(3);
            formula.setCellFormula("C4*2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
            wb.createSheet("空表");
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void xlsAndXlsxFormatAsDisplayedAndTrimToTheContent() throws Exception {
        for (boolean xlsx : new boolean[] {false, true}) {
            byte[] bytes = workbook(xlsx ? new XSSFWorkbook() : new HSSFWorkbook());
            SpreadsheetExtractor ex = xlsx ? SpreadsheetExtractor.xlsx() : SpreadsheetExtractor.xls();
            RawDocument doc = ex.extract(new ByteArrayInputStream(bytes),
                    new ExtractContext("r", "t", null, ExtractLimits.defaults()));
            assertEquals(1, doc.tables().size(), "the empty sheet gives no table");
            Table t = doc.tables().get(0);
            assertEquals("决算表", t.caption());
            assertEquals(2, t.rows());
            assertEquals(3, t.cols());
            assertEquals(3, t.cellAt(0, 0).orElseThrow().colSpan());
            assertEquals(List.of("合计", "33,502.94", "67005.88"), t.grid().get(1), "cached formula value, never the formula");
            assertEquals(ex.name(), t.method());
        }
    }

    @Test
    void cellsReadAreBoundedWithAWarning() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("大表");
            for (int r = 0; r < 100; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < 10; c++) {
                    row.createCell(c).setCellValue(r * 10 + c);
                }
            }
            wb.write(out);
            bytes = out.toByteArray();
        }
        ExtractLimits small = new ExtractLimits(64L << 20, 10, 95, 1_000_000, Duration.ofSeconds(30), 100);
        ExtractContext ctx = new ExtractContext("r", "big.xlsx", null, small);
        RawDocument doc = SpreadsheetExtractor.xlsx().extract(new ByteArrayInputStream(bytes), ctx);
        Table t = doc.tables().get(0);
        assertEquals(10, t.cols());
        assertEquals(9, t.rows(), "95 cells read, cut to whole rows");
        assertEquals("89", t.text(8, 9));
        assertTrue(ctx.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.TOO_MANY_CELLS
                && d.message().contains("大表")), ctx.diagnostics().toString());
    }

    @Test
    void sheetsExpandingPastTheByteLimitAreRefusedBeforeTheDom() throws Exception {
        ExtractLimits limits = new ExtractLimits(400_000, 10, 50_000, 1_000_000, Duration.ofSeconds(30), 100);
        ExtractContext ctx = new ExtractContext("r", "budget.xlsx", null, limits);
        org.jixiao.extract.ExtractionException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.jixiao.extract.ExtractionException.class, () -> {
                    try (var in = Files.newInputStream(BUDGET)) {
                        SpreadsheetExtractor.xlsx().extract(in, ctx);
                    }
                });
        assertEquals(DiagnosticCode.TOO_LARGE, e.code());
        assertTrue(e.getMessage().contains("bytes of XML"), e.getMessage());
    }

    @Test
    void hostileSpreadsheetsThroughTheDefaultWiring() throws Exception {
        try (ReportExtractor rx = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            byte[] xlsx = Files.readAllBytes(BUDGET);
            Report locked = rx.extract(OfficeFixtures.encrypt(xlsx, "pw"), "budget.xlsx", "budget.xlsx");
            assertEquals(DiagnosticCode.ENCRYPTED, locked.diagnostics().get(0).code());

            byte[] random = new byte[2048];
            new Random(7).nextBytes(random);
            Report xls = rx.extract(random, "budget.xls", "budget.xls");
            assertTrue(xls.failed());
            assertTrue(xls.diagnostics().get(0).message().startsWith("budget.xls: "), xls.diagnostics().toString());
        }
    }
}
