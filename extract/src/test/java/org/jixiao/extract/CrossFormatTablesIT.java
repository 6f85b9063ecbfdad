package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.model.Cell;
import org.jixiao.model.Report;
import org.jixiao.model.Section;
import org.jixiao.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same report as a Word text dump (.txt), a Word file (.docx) and an HTML page (.html) gives
 * the same tables with the same cell texts, through the default wiring, and the same section tree
 * (with the PDF too).
 *
 * <p>What legitimately differs, and is normalized here: the text dump has no spans, so rows are
 * compared as their cells in order, each merged cell once, trailing empty cells dropped; and white
 * space inside a cell differs between the renderings of these rebuilt files ("上年\n结转" in the
 * dump, "上年结转" in the Word file and page; "合  计" in dump and page, "合 计" in the Word file), so
 * cell texts are compared without white space. DOCX and HTML, which both keep spans, must agree
 * exactly: same grid, same spans.
 */
class CrossFormatTablesIT {
    private static final Path SELFEVAL = Path.of("..", "samples", "selfeval");
    private static final String R000 = "000_c5690e2b1ac97a5d";
    private static final String R003 = "003_d7c6b592d197c283";
    private static final List<String> WORD_FORMATS = List.of("txt", "docx", "html");
    private static final Map<String, String> EXTRACTOR = Map.of("txt", "text", "docx", "docx", "html", "html");

    private static ReportExtractor extractor;
    private static final Map<String, Report> REPORTS = new LinkedHashMap<>();

    @BeforeAll
    static void extractAll() {
        extractor = Extractors.defaultExtractor(ExtractLimits.defaults());
        for (String id : List.of(R000, R003)) {
            for (String ext : List.of("txt", "docx", "html", "pdf")) {
                Report r = extractor.extract(SELFEVAL.resolve(id + "." + ext));
                assertFalse(r.failed(), id + "." + ext + ": " + r.diagnostics());
                REPORTS.put(id + "." + ext, r);
            }
        }
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    private static Report report(String id, String ext) {
        return REPORTS.get(id + "." + ext);
    }

    @Test
    void report000MoneyTablesAgreeInTxtDocxHtml() {
        for (String ext : WORD_FORMATS) {
            Report r = report(R000, ext);
            assertEquals(3, r.tables().size(), ext);
            Table t1 = r.tables().get(0);
            assertEquals("表1基本支出资金明细表", t1.caption(), ext);
            assertEquals("单位：万元", t1.unitLine(), ext);
            assertEquals(10, t1.rows(), ext);
            assertEquals(8, t1.cols(), ext);
            assertEquals("表2项目支出资金明细表", r.tables().get(1).caption(), ext);
            Table t3 = r.tables().get(2);
            assertEquals("表3项目支出明细表", t3.caption(), ext);
            assertEquals(45, t3.rows(), ext);
            assertEquals(43, t3.grid().stream().filter(row -> row.get(0).matches("\\d+")).count(), ext);
            assertEquals("合计", t3.grid().get(44).get(0), ext);
            assertProvenance(r, ext);
        }
        assertSameTables(R000);
    }

    @Test
    void report003TablesAgreeInTxtDocxHtml() {
        for (String ext : WORD_FORMATS) {
            Report r = report(R003, ext);
            assertEquals(2, r.tables().size(), ext);
            assertEquals("2024年度部门整体支出绩效评价基础数据表", r.tables().get(0).caption(), ext);
            assertEquals("2024年度部门整体支出绩效自评表", r.tables().get(1).caption(), ext);
            assertProvenance(r, ext);
        }
        assertSameTables(R003);
        Table score = report(R003, "docx").tables().get(1);
        assertEquals(8, score.cellAt(27, 0).orElseThrow().colSpan(), "总分 keeps its span in the Word file");
    }

    @Test
    void sectionTreesAgreeInAllFourFormats() {
        for (String id : List.of(R000, R003)) {
            List<String> txt = outline(report(id, "txt").sections(), "");
            assertTrue(txt.size() >= 10, id + " has a real section tree: " + txt);
            for (String ext : List.of("docx", "html", "pdf")) {
                assertEquals(txt, outline(report(id, ext).sections(), ""), id + "." + ext);
            }
            for (String ext : List.of("docx", "html")) {
                List<Table> a = report(id, "txt").tables();
                List<Table> b = report(id, ext).tables();
                for (int i = 0; i < a.size(); i++) {
                    assertEquals(a.get(i).sectionPath(), b.get(i).sectionPath(), id + "." + ext + " " + a.get(i).id());
                }
            }
        }
    }

    private static void assertSameTables(String id) {
        Report txt = report(id, "txt");
        Report docx = report(id, "docx");
        Report html = report(id, "html");
        for (int i = 0; i < txt.tables().size(); i++) {
            Table t = txt.tables().get(i);
            Table d = docx.tables().get(i);
            Table h = html.tables().get(i);
            String where = id + " " + t.caption();
            assertEquals(d.grid(), h.grid(), where + ": docx and html grids");
            assertEquals(spans(d), spans(h), where + ": docx and html spans");
            assertEquals(t.caption(), d.caption(), where);
            assertEquals(t.unitLine(), d.unitLine(), where);
            assertEquals(t.unitLine(), h.unitLine(), where);
            assertEquals(t.rows(), d.rows(), where);
            List<List<String>> rowsTxt = rowCells(t);
            List<List<String>> rowsDocx = rowCells(d);
            for (int r = 0; r < t.rows(); r++) {
                assertEquals(rowsTxt.get(r), rowsDocx.get(r), where + " row " + r + ": txt vs docx");
            }
            assertEquals(rowsDocx, rowCells(h), where + ": docx vs html");
        }
    }

    /** Each row as its cells in column order (a merged cell once), texts without white space, trailing empties dropped. */
    private static List<List<String>> rowCells(Table t) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            rows.add(new ArrayList<>());
        }
        for (Cell c : t.cells()) {
            rows.get(c.row()).add(c.text().replaceAll("\\s+", ""));
        }
        for (List<String> row : rows) {
            while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
                row.remove(row.size() - 1);
            }
        }
        return rows;
    }

    private static List<String> spans(Table t) {
        return t.cells().stream().map(c -> c.row() + "," + c.col() + " " + c.rowSpan() + "x" + c.colSpan()).toList();
    }

    private static List<String> outline(List<Section> sections, String indent) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(indent + s.level() + " " + s.number() + " " + s.title());
            out.addAll(outline(s.children(), indent + "  "));
        }
        return out;
    }

    private static void assertProvenance(Report r, String ext) {
        for (Table t : r.tables()) {
            assertEquals(r.id(), t.provenance().reportId(), ext);
            for (Cell c : t.cells()) {
                assertEquals(t.id(), c.provenance().tableId(), ext);
                assertEquals(c.row(), c.provenance().row(), ext);
                assertEquals(c.col(), c.provenance().col(), ext);
                assertEquals(EXTRACTOR.get(ext), c.provenance().extractor(), ext);
            }
        }
    }
}
