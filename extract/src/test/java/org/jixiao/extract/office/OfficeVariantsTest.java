package org.jixiao.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.Report;
import org.junit.jupiter.api.Test;

/** Macro-enabled Word and Excel files are the same packages and are read like DOCX and XLSX. */
class OfficeVariantsTest {
    @Test
    void docmAndXlsmAreReadThroughTheDefaultWiring() throws Exception {
        byte[] docm;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("一、部门基本情况");
            doc.getPackage().replaceContentType(XWPFRelation.DOCUMENT.getContentType(),
                    XWPFRelation.MACRO_DOCUMENT.getContentType());
            doc.write(out);
            docm = out.toByteArray();
        }
        byte[] xlsm;
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("预算").createRow(0).createCell(0).setCellValue("合计");
            wb.getSheet("预算").getRow(0).createCell(1).setCellValue("100.00");
            wb.write(out);
            xlsm = out.toByteArray();
        }
        try (ReportExtractor rx = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            Report word = rx.extract(docm, "report.docm", "report.docm");
            assertFalse(word.failed(), word.diagnostics().toString());
            assertEquals("application/vnd.ms-word.document.macroenabled.12", word.source().mediaType());
            assertEquals("一、部门基本情况", word.blocks().get(0).text());
            Report sheet = rx.extract(xlsm, "budget.xlsm", "budget.xlsm");
            assertFalse(sheet.failed(), sheet.diagnostics().toString());
            assertEquals("100.00", sheet.tables().get(0).text(0, 1));
            assertEquals("预算", sheet.tables().get(0).caption());
        }
    }
}
