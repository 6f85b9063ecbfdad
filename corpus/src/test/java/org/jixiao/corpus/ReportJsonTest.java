package org.jixiao.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jixiao.model.Block;
import org.jixiao.model.Cell;
import org.jixiao.model.Diagnostic;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Source;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {
    private final ReportJson json = new ReportJson();

    private static Report sample() {
        Provenance cellProv = Provenance.ofCell("abc", "t0", 9, 5, 3, "docx");
        Quantity q = Quantity.of("14344.80", Unit.WAN_YUAN);
        Table t = new Table("t0", "表1基本支出资金明细表", "单位：万元", List.of(3), List.of("三、一般公共预算支出情况"), "docx",
                10, 8, List.of(new Cell(9, 5, 1, 1, "14,344.80", q, cellProv)), Provenance.ofBlock("abc", "b4", 3, "docx"));
        Fact f = new Fact("amount", "basic", null, "2025", "budget-final", q, "合计 / 全年预算", cellProv);
        ReportMeta meta = new ReportMeta("湖南省人力资源和社会保障厅", "湖南省", "province", 2025, "selfeval-report", null, null,
                null, Map.of("department", Provenance.ofBlock("abc", "b0", 1, "text")));
        return new Report("abc", new Source("x.docx", "x.docx", "application/x", 10, "abc"), meta,
                List.of(Block.paragraph("b0", "正文", Provenance.ofBlock("abc", "b0", null, "docx"))), List.of(t), List.of(),
                List.of(f), List.of(), List.of(Diagnostic.warning(DiagnosticCode.LAYOUT_WARNING, "w", null)));
    }

    @Test
    void roundTripsAReportWithExactDecimals(@TempDir Path dir) throws Exception {
        Report r = sample();
        Path file = dir.resolve("x.report.json");
        json.write(r, file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"value\" : 14344.80"), "BigDecimal keeps its printed scale: " + text);
        assertTrue(text.contains("\"code\" : \"layout_warning\""), "enums are lower case");
        assertFalse(text.contains("null"), "nulls are left out");
        Report back = json.read(file);
        assertEquals(r, back);
        assertEquals(9, back.facts().get(0).provenance().row());
    }

    @Test
    void carriesLayoutsRelationsAndFactBasesWithItsSchemaVersion() throws Exception {
        Report r = sample();
        Table t = r.tables().get(0);
        org.jixiao.model.TableLayout layout = new org.jixiao.model.TableLayout("selfeval.basic-funds", "caption:基本支出资金明细表",
                "basic", List.of(), List.of(0), List.of(new org.jixiao.model.ColumnMeaning(5, "全年预算",
                org.jixiao.model.ColumnMeaning.Role.VALUE, "amount", "budget-final", null, Unit.WAN_YUAN, null, 0, null)),
                List.of(new org.jixiao.model.RowNode(9, 0, "合计", org.jixiao.model.RowNode.Kind.TOTAL, -1, null, 0, null,
                        "label:合计")));
        Fact f = r.facts().get(0).withId("t0r9c5").withMeaning("basic", "department", List.of(),
                new org.jixiao.model.Basis("table-kind:selfeval.basic-funds + row:合计", "header:全年预算", "report year"));
        org.jixiao.model.RelationTerm term = new org.jixiao.model.RelationTerm("t0r9c5", "total", 1, f.quantity(),
                "合计 / 全年预算", f.provenance(), "合计 | 14,344.80");
        org.jixiao.model.Relation rel = new org.jixiao.model.Relation("t0", "table.column-sum", term,
                List.of(new org.jixiao.model.Reading("top-level rows", List.of(term), List.of())), "layout", "合计行");
        org.jixiao.model.YearMention year = new org.jixiao.model.YearMention(2024, org.jixiao.model.YearMention.Role.AS_OF,
                false, null, null, "截至2024年", "截至2024年底，共有车辆7辆。", Provenance.ofBlock("r", "b3", 2, "pdf").withChars(0, 7));
        Report full = r.withTables(List.of(t.withLayout(layout))).withFacts(List.of(f)).withRelations(List.of(rel))
                .withYearMentions(List.of(year));
        String text = json.write(full);
        assertTrue(text.contains("\"schemaVersion\" : " + SchemaVersion.CURRENT), text);
        Report back = json.read(text);
        assertEquals(full, back);
        assertEquals("selfeval.basic-funds", back.tables().get(0).layout().kind());
        assertTrue(text.contains("\"role\" : \"as_of\""), text);
        assertEquals(7, back.yearMentions().get(0).provenance().charEnd());
        assertEquals("table-kind:selfeval.basic-funds + row:合计", back.facts().get(0).basis().scope());
        assertEquals("t0r9c5", back.relations().get(0).result().factId());
    }
}
