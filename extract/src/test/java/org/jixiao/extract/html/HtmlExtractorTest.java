package org.jixiao.extract.html;

import static org.jixiao.extract.structured.Samples.R000;
import static org.jixiao.extract.structured.Samples.R003;
import static org.jixiao.extract.structured.Samples.extract;
import static org.jixiao.extract.structured.Samples.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.office.DocxExtractor;
import org.jixiao.extract.structured.Samples;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Cell;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private final HtmlExtractor html = new HtmlExtractor();

    private RawDocument parse(byte[] bytes) throws Exception {
        return html.extract(new ByteArrayInputStream(bytes), new ExtractContext("r", "x.html", null, ExtractLimits.defaults()));
    }

    @Test
    void report000HasItsThreeMoneyTables() throws Exception {
        RawDocument doc = extract(html, selfeval(R000 + ".html"));
        assertEquals(3, doc.tables().size());
        Table t1 = doc.tables().get(0);
        assertEquals(10, t1.rows());
        assertEquals(8, t1.cols());
        assertEquals("合计", t1.text(9, 0));
        assertEquals(2, t1.cellAt(9, 0).orElseThrow().colSpan());
        assertEquals("13,775.90", t1.text(9, 6));
        assertEquals(List.of("表1基本支出资金明细表", "单位：万元"), Samples.textsBefore(doc, t1, 2));
        Table t3 = doc.tables().get(2);
        assertEquals(43, Samples.numberedRows(t3));
        assertEquals("合计", t3.text(44, 0));
        assertEquals("html", t3.method());
        Cell c = t3.cellAt(3, 1).orElseThrow();
        assertEquals("2024年度征兵经费(2024结转)", c.text());
        assertEquals("t2", c.provenance().tableId());
        assertEquals(3, c.provenance().row());
        assertEquals(1, c.provenance().col());
        assertEquals("html", c.provenance().extractor());
        assertEquals(doc.blocks().get(Samples.indexOfTableBlock(doc, t3)).id(), c.provenance().blockId());
    }

    @Test
    void docxAndHtmlOfTheSameReportAgreeBlockForBlock() throws Exception {
        for (String report : List.of(R000, R003)) {
            RawDocument h = extract(html, selfeval(report + ".html"));
            RawDocument d = extract(new DocxExtractor(), selfeval(report + ".docx"));
            assertEquals(texts(d), texts(h), report);
            assertEquals(d.tables().size(), h.tables().size());
            for (int i = 0; i < d.tables().size(); i++) {
                Table dt = d.tables().get(i);
                Table ht = h.tables().get(i);
                assertEquals(dt.grid(), ht.grid(), report + " " + dt.id());
                assertEquals(spans(dt), spans(ht), report + " " + dt.id());
            }
        }
    }

    private static List<String> texts(RawDocument doc) {
        return doc.blocks().stream().map(b -> b.type() + ":" + b.text()).collect(Collectors.toList());
    }

    private static List<String> spans(Table t) {
        return t.cells().stream().map(c -> c.row() + "," + c.col() + " " + c.rowSpan() + "x" + c.colSpan())
                .collect(Collectors.toList());
    }

    @Test
    void report003ScoreSheetSpans() throws Exception {
        RawDocument doc = extract(html, selfeval(R003 + ".html"));
        Table score = doc.tables().get(1);
        assertEquals(9, score.cols());
        assertEquals(8, score.cellAt(27, 0).orElseThrow().colSpan());
        assertEquals("98.79", score.text(27, 8));
        assertEquals("楼堂馆所控制情况（2024年完工项目）", doc.tables().get(0).text(19, 0));
    }

    @Test
    void rowspanAndColspanUseTheSlotOccupancyGrid() throws Exception {
        String page = "<html><body><h1>一、标题</h1><div>正文 <b>加粗</b>\n 继续</div>"
                + "<table><caption>表1 测试</caption><thead><tr><th rowspan=2>项目</th><th colspan=2>金额</th></tr>"
                + "<tr><th>预算</th><th>决算</th></tr></thead>"
                + "<tbody><tr><td>甲</td><td><p>1,000.00</p></td><td>900</td></tr>"
                + "<tr><td colspan=\"2\" rowspan=\"5\">合计</td><td>x<br>y</td></tr>"
                + "<tr><td><table><tr><td>内</td><td>表</td></tr></table></td></tr></tbody></table>"
                + "<ul><li>列表一</li><li>列表二</li></ul><script>var x = 1;</script></body></html>";
        RawDocument doc = parse(page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("一、标题", "正文 加粗 继续"), doc.blocks().subList(0, 2).stream().map(Block::text).toList());
        assertEquals(BlockType.TABLE, doc.blocks().get(2).type());
        assertEquals(List.of("列表一", "列表二"), doc.blocks().subList(3, 5).stream().map(Block::text).toList());
        assertEquals(5, doc.blocks().size());
        Table t = doc.tables().get(0);
        assertEquals("表1 测试", t.caption());
        assertEquals(5, t.rows());
        assertEquals(3, t.cols());
        assertEquals(2, t.cellAt(0, 0).orElseThrow().rowSpan());
        assertEquals("预算", t.text(1, 1), "row 1 starts after the slot held by 项目");
        Cell total = t.cellAt(3, 0).orElseThrow();
        assertEquals(2, total.rowSpan(), "a rowspan past the last row ends there");
        assertEquals(2, total.colSpan());
        assertEquals("x\ny", t.text(3, 2), "a <br> in a cell is a line break on purpose");
        assertEquals("内 表", t.text(4, 2), "the nested table is flattened into its cell, not a table of its own");
        assertEquals(1, doc.tables().size());
    }

    @Test
    void lineBreaksEndBlocksOutsideTables() throws Exception {
        RawDocument doc = parse("<p>一、总体情况<br/>  正文。</p><table><tr><td>结果 <br> 纠正</td><td>1</td></tr></table>"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("一、总体情况", "正文。", "结果\n纠正\t1"), doc.blocks().stream().map(Block::text).toList());
    }

    @Test
    void layoutTablesAroundTheArticleAreReadAsContent() throws Exception {
        String page = "<table width=980><tr><td><img src=logo.png></td></tr><tr><td>"
                + "<table><tr><td class=nav>首页</td><td>"
                + "<h2>一、部门基本情况</h2><p>正文。</p>"
                + "<table border=1><tr><td>项目</td><td>金额</td></tr><tr><td>合计</td><td>100.00</td></tr></table>"
                + "</td></tr></table></td></tr><tr><td>版权所有</td></tr></table>";
        RawDocument doc = parse(page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("首页", "一、部门基本情况", "正文。", "项目\t金额\n合计\t100.00", "版权所有"),
                doc.blocks().stream().map(Block::text).toList());
        assertEquals(1, doc.tables().size(), "only the data table is a table");
        assertEquals("100.00", doc.tables().get(0).text(1, 1));
    }

    @Test
    void charsetFromMetaAndFromBom() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>部门整体支出绩效自评报告</p></body></html>";
        RawDocument gbk = parse(page.getBytes(Charset.forName("GB18030")));
        assertEquals("部门整体支出绩效自评报告", gbk.blocks().get(0).text());

        byte[] body = "<p>单位：万元</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertEquals("单位：万元", parse(withBom).blocks().get(0).text());

        assertEquals("默认", parse("<p>默认</p>".getBytes(StandardCharsets.UTF_8)).blocks().get(0).text());

        String gbkOnly = "<p>镕基金额：壹佰万元</p>";
        assertEquals("镕基金额：壹佰万元", parse(gbkOnly.getBytes(Charset.forName("GB18030"))).blocks().get(0).text(),
                "undeclared bytes that are not UTF-8 are read as GB18030");
        String declared = "<meta charset=\"gb2312\"><p>镕</p>";
        assertEquals("镕", parse(declared.getBytes(Charset.forName("GB18030"))).blocks().get(0).text(),
                "a gb2312 label is read as its superset: 镕 is GBK, not GB2312");
    }

    @Test
    void textIsBoundedByTheCharacterLimit() throws Exception {
        ExtractLimits limits = new ExtractLimits(1 << 20, 10, 5_000, 100, java.time.Duration.ofSeconds(30), 100);
        ExtractContext ctx = new ExtractContext("r", "long.html", null, limits);
        String page = "<p>" + "一".repeat(60) + "</p><p>" + "二".repeat(30) + "</p><p>" + "三".repeat(30) + "</p>";
        RawDocument doc = html.extract(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), ctx);
        assertEquals(2, doc.blocks().size(), "60 + 1 + 30 fit in 100 characters, the third paragraph does not");
        assertTrue(ctx.diagnostics().stream().anyMatch(d -> d.code() == org.jixiao.model.DiagnosticCode.TOO_LARGE));
    }

    @Test
    void hugeSpansAreBoundedByTheCellLimit() throws Exception {
        StringBuilder page = new StringBuilder("<table>");
        for (int i = 0; i < 300; i++) {
            page.append("<tr><td colspan=999999 rowspan=999999>x</td><td>y</td></tr>");
        }
        page.append("</table>");
        ExtractLimits limits = new ExtractLimits(1 << 20, 10, 5_000, 1_000_000, java.time.Duration.ofSeconds(30), 100);
        ExtractContext ctx = new ExtractContext("r", "bomb.html", null, limits);
        RawDocument doc = html.extract(new ByteArrayInputStream(page.toString().getBytes(StandardCharsets.UTF_8)), ctx);
        Table t = doc.tables().get(0);
        assertTrue((long) t.rows() * t.cols() <= 5_000, t.rows() + "x" + t.cols());
        assertTrue(ctx.diagnostics().stream().anyMatch(d -> d.code() == org.jixiao.model.DiagnosticCode.TOO_MANY_CELLS));
    }
}
