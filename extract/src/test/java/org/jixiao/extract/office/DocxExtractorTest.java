package org.jixiao.extract.office;

import static org.jixiao.extract.structured.Samples.R000;
import static org.jixiao.extract.structured.Samples.R003;
import static org.jixiao.extract.structured.Samples.extract;
import static org.jixiao.extract.structured.Samples.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.structured.Samples;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Cell;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

class DocxExtractorTest {
    private final DocxExtractor docx = new DocxExtractor();

    @Test
    void report000HasItsThreeMoneyTablesWithCaptionsAbove() throws Exception {
        RawDocument doc = extract(docx, selfeval(R000 + ".docx"));
        assertEquals(3, doc.tables().size());
        Table t1 = doc.tables().get(0);
        assertEquals(10, t1.rows());
        assertEquals(8, t1.cols());
        assertEquals(List.of("序号", "单位名称", "上年结转", "年初预算", "本年调整", "全年预算", "决算支出", "结转结余"),
                t1.grid().get(0));
        assertEquals(List.of("1", "湖南省人力资源和社会保障厅（本级）", "-", "7,011.00", "320.31", "7,331.31", "7,213.19",
                "118.12"), t1.grid().get(1));
        Cell total = t1.cellAt(9, 0).orElseThrow();
        assertEquals("合计", total.text());
        assertEquals(2, total.colSpan(), "合计 spans 序号 and 单位名称 (w:gridSpan=2)");
        assertEquals("合计", t1.text(9, 1), "the covered slot reads as the merged cell");
        assertEquals(9 * 8 + 7, t1.cells().size(), "the covered slot holds no cell of its own");
        assertEquals("14,344.80", t1.text(9, 5));
        assertEquals(List.of("表1基本支出资金明细表", "单位：万元"), Samples.textsBefore(doc, t1, 2));

        Table t2 = doc.tables().get(1);
        assertEquals(List.of("表2项目支出资金明细表", "单位：万元"), Samples.textsBefore(doc, t2, 2));
        assertEquals(8, t2.cols());
        assertEquals("19,158.14", t2.text(t2.rows() - 1, 5));

        Table t3 = doc.tables().get(2);
        assertEquals(List.of("表3项目支出明细表", "单位：万元"), Samples.textsBefore(doc, t3, 2));
        assertEquals(43, Samples.numberedRows(t3));
        assertEquals(45, t3.rows(), "header + 43 items + 合计");
        assertEquals("合计", t3.text(44, 0));
        assertEquals("15,224.63", t3.text(44, 6));
    }

    @Test
    void provenanceNamesBlockTableCellAndExtractor() throws Exception {
        RawDocument doc = extract(docx, selfeval(R000 + ".docx"));
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            assertEquals("b" + i, b.id());
            assertEquals(b.id(), b.provenance().blockId());
            assertEquals("docx", b.provenance().extractor());
            assertEquals("rep-" + R000 + ".docx", b.provenance().reportId());
            assertEquals(b.text().length(), b.provenance().charEnd() - b.provenance().charStart());
            assertFalse(b.text().isBlank());
        }
        Table t3 = doc.tables().get(2);
        assertEquals("t2", t3.id());
        assertEquals("docx", t3.method());
        int at = Samples.indexOfTableBlock(doc, t3);
        Block block = doc.blocks().get(at);
        assertEquals(BlockType.TABLE, block.type());
        assertEquals(block.id(), t3.provenance().blockId());
        Cell c = t3.cellAt(3, 1).orElseThrow();
        assertEquals("2024年度征兵经费(2024结转)", c.text());
        assertEquals("t2", c.provenance().tableId());
        assertEquals(3, c.provenance().row());
        assertEquals(1, c.provenance().col());
        assertEquals(block.id(), c.provenance().blockId());
        assertEquals("docx", c.provenance().extractor());
        assertTrue(block.text().contains("2024年度征兵经费(2024结转)\t\t20.00\t\t20.00\t19.00"));
    }

    @Test
    void report003KeepsMergedCellsAsSpans() throws Exception {
        RawDocument doc = extract(docx, selfeval(R003 + ".docx"));
        assertEquals(2, doc.tables().size());
        Table base = doc.tables().get(0);
        assertEquals(22, base.rows());
        assertEquals(7, base.cols());
        Cell people = base.cellAt(0, 0).orElseThrow();
        assertEquals("财政供养人员情况", people.text());
        assertEquals(4, people.colSpan());
        assertEquals("95", base.text(1, 4));
        assertEquals("楼堂馆所控制情况（2024年完工项目）", base.text(19, 0), "a cell's paragraphs joined");
        Cell saving = base.cellAt(21, 0).orElseThrow();
        assertEquals("厉行节约保障措施", saving.text());
        assertEquals(6, saving.colSpan());

        Table score = doc.tables().get(1);
        assertEquals(9, score.cols());
        assertEquals(28, score.rows());
        assertEquals(8, score.cellAt(0, 0).orElseThrow().colSpan());
        assertEquals("益阳市人力资源和社会保障局", score.text(0, 8));
        assertEquals(2, score.cellAt(1, 0).orElseThrow().colSpan());
        assertEquals("年度预算申请(万元)", score.text(1, 0));
        assertEquals(7, score.cellAt(3, 0).orElseThrow().colSpan());
        assertEquals("按收入性质分：", score.text(3, 7));
        Cell total = score.cellAt(27, 0).orElseThrow();
        assertEquals("总分", total.text());
        assertEquals(8, total.colSpan());
        assertEquals("98.79", score.text(27, 8));
        assertEquals("t1", score.cellAt(27, 8).orElseThrow().provenance().tableId());
    }

    @Test
    void verticalMergesBecomeRowSpans() throws Exception {
        byte[] bytes = OfficeFixtures.docxWithMergedTable();
        ExtractContext ctx = new ExtractContext("r", "merged.docx", null, ExtractLimits.defaults());
        RawDocument doc = docx.extract(new ByteArrayInputStream(bytes), ctx);
        assertEquals("before", doc.blocks().get(0).text());
        assertEquals("after", doc.blocks().get(2).text());
        Table t = doc.tables().get(0);
        assertEquals(3, t.rows());
        assertEquals(3, t.cols());
        Cell group = t.cellAt(0, 0).orElseThrow();
        assertEquals("组", group.text());
        assertEquals(2, group.rowSpan());
        assertEquals(1, group.colSpan());
        Cell head = t.cellAt(0, 1).orElseThrow();
        assertEquals("表头", head.text());
        assertEquals(2, head.colSpan());
        assertEquals(group, t.cellAt(1, 0).orElseThrow(), "the continue cell is covered by the restart cell");
        assertEquals("a", t.text(1, 1));
        assertEquals("b", t.text(1, 2));
        assertEquals("外层内层", t.text(2, 0), "paragraphs joined; nested table flattened");
        assertEquals("x y", t.text(2, 1));
        assertEquals(7, t.cells().size(), "3 + 3 + 3 slots less the span and the continue cell");
        assertNull(t.caption());
    }

    @Test
    void realTemplateVerticalMergesBecomeRowSpans() throws Exception {
        RawDocument doc = extract(docx, java.nio.file.Path.of("src", "test", "resources", "office",
                "gov_disclosure_annual_report_template.docx"));
        assertEquals(3, doc.tables().size());
        Table requests = doc.tables().get(1);
        assertEquals(28, requests.rows());
        assertEquals(10, requests.cols());
        Cell corner = requests.cellAt(0, 0).orElseThrow();
        assertEquals(3, corner.rowSpan());
        assertEquals(3, corner.colSpan());
        assertEquals("申请人情况", requests.text(0, 3));
        assertEquals(7, requests.cellAt(0, 3).orElseThrow().colSpan());
        assertEquals(2, requests.cellAt(1, 3).orElseThrow().rowSpan(), "自然人");
        Cell results = requests.cellAt(5, 0).orElseThrow();
        assertEquals("三、本年度办理结果", results.text());
        assertEquals(22, results.rowSpan(), "restart + 21 continue cells");
        Cell refused = requests.cellAt(7, 1).orElseThrow();
        assertEquals("（三）不予公开", refused.text());
        assertEquals(8, refused.rowSpan());
        assertEquals("8.属于行政查询事项", requests.text(14, 2));
        assertEquals(refused, requests.cellAt(14, 1).orElseThrow());
        assertEquals("四、结转下年度继续办理", requests.text(27, 0));

        Table appeals = doc.tables().get(2);
        assertEquals(15, appeals.cols());
        assertEquals(10, appeals.cellAt(0, 5).orElseThrow().colSpan(), "行政诉讼");
        assertEquals("结果\n纠正", appeals.text(1, 1), "a line break inside a paragraph is kept as a wrap on purpose");
        assertEquals(2, appeals.cellAt(1, 1).orElseThrow().rowSpan());
    }

    @Test
    void textBoxParagraphsFollowTheirAnchorOnce() throws Exception {
        RawDocument doc = docx.extract(new ByteArrayInputStream(OfficeFixtures.docxWithTextBoxes()),
                new ExtractContext("r", "boxes.docx", null, ExtractLimits.defaults()));
        assertEquals(List.of("正文", "框内文字", "第二段", "正文2", "新式框"),
                doc.blocks().stream().map(Block::text).toList());
    }

    @Test
    void automaticNumbersArePrintedInChineseWhereWordPrintsThem() throws Exception {
        int[] levels = {0, 1, 1, 2, 2, 3, 3, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        RawDocument doc = docx.extract(new ByteArrayInputStream(OfficeFixtures.docxWithNumbering(levels)),
                new ExtractContext("r", "numbered.docx", null, ExtractLimits.defaults()));
        List<String> texts = doc.blocks().stream().map(Block::text).toList();
        assertEquals(List.of("一、 标题0", "（一） 标题1", "（二） 标题1", "1. 标题2", "2. 标题2", "① 标题3", "② 标题3",
                "二、 标题0", "（一） 标题1", "三、 标题0"), texts.subList(0, 10), "sub-levels restart under a new parent");
        assertEquals("十、 标题0", texts.get(16));
        assertEquals("十一、 标题0", texts.get(17));
    }

    @Test
    void manualLineBreaksSplitBodyParagraphsButStayInCells() throws Exception {
        byte[] bytes;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var run = d.createParagraph().createRun();
            run.setText("一、总体情况");
            run.addBreak();
            run.setText("正文第一句。");
            var cell = d.createTable(1, 1).getRow(0).getCell(0);
            var cellRun = cell.getParagraphArray(0).createRun();
            cellRun.setText("结果");
            cellRun.addBreak();
            cellRun.setText("纠正");
            d.write(out);
            bytes = out.toByteArray();
        }
        RawDocument doc = docx.extract(new ByteArrayInputStream(bytes),
                new ExtractContext("r", "br.docx", null, ExtractLimits.defaults()));
        assertEquals(List.of("一、总体情况", "正文第一句。", "结果\n纠正"), doc.blocks().stream().map(Block::text).toList());
        assertEquals("结果\n纠正", doc.tables().get(0).text(0, 0));
    }

    @Test
    void tooManyCellsIsWarnedAndBounded() throws Exception {
        ExtractLimits small = new ExtractLimits(1 << 20, 10, 20, 1_000_000, java.time.Duration.ofSeconds(30), 100);
        ExtractContext ctx = new ExtractContext("r", R000 + ".docx", null, small);
        RawDocument doc;
        try (var in = java.nio.file.Files.newInputStream(selfeval(R000 + ".docx"))) {
            doc = docx.extract(in, ctx);
        }
        Table t1 = doc.tables().get(0);
        assertTrue((long) t1.rows() * t1.cols() <= 20, t1.rows() + "x" + t1.cols());
        assertTrue(ctx.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.TOO_MANY_CELLS));
    }
}
