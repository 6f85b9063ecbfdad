package org.jixiao.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Cell;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

class TextDumpExtractorTest {
    private static final Path SAMPLES = Path.of("../samples/selfeval");
    private final TextDumpExtractor extractor = new TextDumpExtractor();

    static RawDocument extract(byte[] bytes) throws IOException, ExtractionException {
        ExtractContext ctx = new ExtractContext("rid", "x.txt", "text/plain", ExtractLimits.defaults());
        return new TextDumpExtractor().extract(new ByteArrayInputStream(bytes), ctx);
    }

    static RawDocument extract(String text) throws IOException, ExtractionException {
        return extract(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void supportsPlainTextOnly() {
        assertTrue(extractor.supports("text/plain"));
        assertFalse(extractor.supports("text/html"));
        assertEquals("text", extractor.name());
    }

    @Test
    void wordDumpTableRowsCellsAndWrappedCells() throws Exception {
        String text = "表1 测试表\n单位：万元\n\t序号\n\t名称\n\t上年\n结转\n\n\t1\n\t甲\n\t3.00\n\n\t合计\n\n\n正文。\n";
        RawDocument doc = extract(text);
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(3, t.rows());
        assertEquals(3, t.cols());
        assertEquals("上年\n结转", t.text(0, 2));
        assertEquals("3.00", t.text(1, 2));
        Cell whole = t.cellAt(2, 0).orElseThrow();
        assertEquals(3, whole.colSpan(), "a single cell in a row of a 3-column table spans the row");
        assertEquals("text", t.method());
        List<String> blockTypes = doc.blocks().stream().map(b -> b.type() + ":" + b.id()).toList();
        assertEquals(List.of("PARAGRAPH:b0", "PARAGRAPH:b1", "TABLE:b2", "PARAGRAPH:b3"), blockTypes);
        assertEquals("t0", doc.blocks().get(2).tableId());
        Cell c = t.cellAt(1, 2).orElseThrow();
        assertEquals("3.00", text.substring(c.provenance().charStart(), c.provenance().charEnd()));
        assertEquals("t0", c.provenance().tableId());
        Block last = doc.blocks().get(3);
        assertEquals("正文。", text.substring(last.provenance().charStart(), last.provenance().charEnd()));
    }

    @Test
    void bookmarksAreRemovedAndOffsetsStillPointAtTheText() throws Exception {
        String text = "[bookmark: _Toc1][bookmark: _Toc2]（一）主要职能\n";
        RawDocument doc = extract(text);
        Block b = doc.blocks().get(0);
        assertEquals("（一）主要职能", b.text());
        assertEquals("（一）主要职能", text.substring(b.provenance().charStart(), b.provenance().charEnd()));
    }

    @Test
    void decodesGb18030AndBom() throws Exception {
        byte[] gbk = "一、部门基本情况\n".getBytes(Charset.forName("GB18030"));
        assertEquals("一、部门基本情况", extract(gbk).blocks().get(0).text());
        byte[] bom = "\uFEFF二、预算".getBytes(StandardCharsets.UTF_8);
        assertEquals("二、预算", extract(bom).blocks().get(0).text());
    }

    @Test
    void layoutLinesWithSpacedColumnsBecomeATable() throws Exception {
        String text = "说明文字。\n项         目 2024年预算数 2024年执行数\n\n一、期初余额 6.41 11.87\n\n"
                + "二、收入合计                104.03                  108.49\n  （一）上级补助收入\n三、支出合计 101.89 104.64\n"
                + "填表人:张三           填报日期：2025年4月18日\n";
        RawDocument doc = extract(text);
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(5, t.rows());
        assertEquals("一、期初余额", t.text(1, 0));
        assertEquals("11.87", t.text(1, 2));
        assertEquals("104.03", t.text(2, 1));
        assertEquals("（一）上级补助收入", t.text(3, 0));
        Cell c = t.cellAt(2, 2).orElseThrow();
        assertEquals("108.49", text.substring(c.provenance().charStart(), c.provenance().charEnd()));
        assertEquals(BlockType.PARAGRAPH, doc.blocks().get(doc.blocks().size() - 1).type());
    }

    @Test
    void tooManyCellsAreCutWithAWarning() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < 10; r++) {
            text.append("\t").append(r).append("\n\t甲\n\n");
        }
        ExtractLimits small = new ExtractLimits(1 << 20, 10, 6, 1_000_000, java.time.Duration.ofSeconds(10), 100.0);
        ExtractContext ctx = new ExtractContext("rid", "x.txt", "text/plain", small);
        RawDocument doc = extractor.extract(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), ctx);
        assertEquals(6, doc.tables().get(0).cells().size());
        assertEquals(3, doc.tables().get(0).rows());
        assertEquals(org.jixiao.model.DiagnosticCode.TOO_MANY_CELLS, ctx.diagnostics().get(0).code());
    }

    @Test
    void tooMuchTextIsATypedFailure() {
        ExtractLimits small = new ExtractLimits(1 << 20, 10, 100, 5, java.time.Duration.ofSeconds(10), 100.0);
        ExtractContext ctx = new ExtractContext("rid", "x.txt", "text/plain", small);
        ExtractionException e = org.junit.jupiter.api.Assertions.assertThrows(ExtractionException.class,
                () -> extractor.extract(new ByteArrayInputStream("一二三四五六七".getBytes(StandardCharsets.UTF_8)), ctx));
        assertEquals(org.jixiao.model.DiagnosticCode.TOO_LARGE, e.code());
    }

    @Test
    void sample000HasItsThreeMoneyTables() throws Exception {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("000_c5690e2b1ac97a5d.txt"));
        String decoded = new TextDecoder().decode(bytes).text();
        RawDocument doc = extract(bytes);
        assertEquals(3, doc.tables().size());
        Table t1 = doc.tables().get(0);
        assertEquals(10, t1.rows());
        assertEquals(8, t1.cols());
        assertEquals(List.of("序号", "单位名称", "上年结转", "年初预算", "本年调整", "全年预算", "决算支出", "结转结余"),
                t1.grid().get(0));
        assertEquals("合计", t1.text(9, 0));
        // the 合计 row of the Word table merges 序号 and 单位名称: the dump prints 7 cells, kept as printed
        assertEquals("14,344.80", t1.text(9, 4));
        assertEquals("7,331.31", t1.text(1, 5));
        Cell cell = t1.cellAt(1, 5).orElseThrow();
        assertEquals("t0", cell.provenance().tableId());
        assertEquals(1, cell.provenance().row());
        assertEquals(5, cell.provenance().col());
        assertEquals("text", cell.provenance().extractor());
        assertEquals("7,331.31", decoded.substring(cell.provenance().charStart(), cell.provenance().charEnd()));

        Table t2 = doc.tables().get(1);
        assertEquals("合  计", t2.text(9, 0));
        assertEquals("19,158.14", t2.text(9, 4));

        Table t3 = doc.tables().get(2);
        assertEquals(45, t3.rows(), "header + 43 items + 合计");
        assertEquals(7, t3.cols());
        assertEquals("上年\n结转", t3.text(0, 2));
        assertEquals("43", t3.text(43, 0));
        assertEquals("合计", t3.text(44, 0));
        assertEquals("12333电话咨询服务系统国产化适配2024年度运维服务经费(2024结转)", t3.text(1, 1));
        assertEquals("44.09", t3.text(1, 2));
        for (Block b : doc.blocks()) {
            assertFalse(b.text().contains("[bookmark"), b.id());
            assertNotNull(b.provenance().charStart(), b.id());
        }
    }

    @Test
    void sample003HasBaseDataTableAndScoreSheet() throws Exception {
        RawDocument doc = extract(Files.readAllBytes(SAMPLES.resolve("003_d7c6b592d197c283.txt")));
        assertEquals(2, doc.tables().size());
        Table base = doc.tables().get(0);
        assertEquals("财政供养人员情况", base.text(0, 0));
        assertEquals("三公经费", base.text(3, 0));
        assertEquals("48.59", base.text(3, 1));
        assertEquals("批复规模\n（㎡）", base.text(19, 1));
        assertEquals(7, base.cols());
        Table score = doc.tables().get(1);
        assertEquals(9, score.cols());
        assertEquals(28, score.rows());
        assertEquals("预算部门名称", score.text(0, 0));
        assertEquals("益阳市人力资源和社会保障局", score.text(0, 1));
        assertEquals("企业劳动合同签订率", score.text(12, 2));
        assertEquals("总分", score.text(27, 0));
        assertEquals("98.79", score.text(27, 1));
    }
}
