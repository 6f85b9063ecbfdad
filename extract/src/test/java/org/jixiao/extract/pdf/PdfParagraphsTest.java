package org.jixiao.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jixiao.extract.RawDocument;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Provenance;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs rebuilt from printed lines, on two pages of a corpus budget PDF from each producer
 * (test resources pdf/producers, see the README there). Each test asserts whole sentences that the
 * page prints over two to nine lines, paragraphs that run over the page break, and where each
 * line of a paragraph sits (page, box, character span).
 */
class PdfParagraphsTest {
    private static RawDocument read(String name) throws Exception {
        return PdfFixtures.extract(PdfFixtures.resource("producers/" + name), PdfFixtures.context(name));
    }

    private static Block paragraphStarting(RawDocument doc, String start) {
        List<Block> found = doc.blocks().stream()
                .filter(b -> b.type() != BlockType.TABLE && b.text().startsWith(start)).toList();
        assertEquals(1, found.size(), "one paragraph starting with " + start + " in " + texts(doc));
        return found.get(0);
    }

    private static List<String> texts(RawDocument doc) {
        return doc.blocks().stream().map(Block::text).toList();
    }

    /** The block's lines tile its text: spans in order, each line's text at its span, pages as given. */
    private static void assertLinesTile(Block b, List<Integer> pages) {
        assertNotNull(b.lines(), b.text());
        assertEquals(pages, b.lines().stream().map(Provenance::page).distinct().toList());
        int at = 0;
        for (Provenance l : b.lines()) {
            assertTrue(l.charStart() >= at && l.charEnd() > l.charStart(), b.text());
            assertNotNull(l.bbox());
            at = l.charEnd();
        }
        assertEquals(b.text().length(), at);
        assertEquals(pages.get(0), b.provenance().page());
    }

    @Test
    void wpsParagraphsAreWholeAndRunOverThePageBreak() throws Exception {
        RawDocument doc = read("wps.pdf");
        // 28-30 pt leading for 16 pt text: every printed line used to be a paragraph of its own
        Block first = paragraphStarting(doc, "（一）在护航创新引领发展上展现新作为。");
        assertTrue(first.text().endsWith("严肃查处和预防服务科技创新领域的职务犯罪，营造保障创新发展的政务环境。"), first.text());
        assertEquals(9, first.lines().size());
        assertLinesTile(first, List.of(1, 2));
        Block plan = paragraphStarting(doc, "2017年，我们将认真贯彻省第十三次党代会要求，紧紧围绕省委“聚力创新、聚焦富民，高水平建成全面建成小康社会”");
        assertTrue(plan.text().endsWith("努力在服务保障江苏发展新征程中提升检察工作贡献率。"), plan.text());
        assertEquals("二、2017年主要工作任务", doc.blocks().stream().filter(b -> b.text().startsWith("二、"))
                .findFirst().orElseThrow().text());
        paragraphStarting(doc, "（二）在保障富民部署落实上拿出新举措。");
        paragraphStarting(doc, "（三）在推进生态文明建设中体现新担当。");
        paragraphStarting(doc, "（四）在推进法治江苏建设上取得新成效。");
        // a numbered paragraph that ends short of the margin is not run into the next one
        assertEquals("18、负责其他应由省检察院承办的事项。", paragraphStarting(doc, "18、").text());
    }

    @Test
    void word2010ParagraphsKeepTheirFigures() throws Exception {
        RawDocument doc = read("word2010.pdf");
        Block p = paragraphStarting(doc, "1、精心组织政治协商。");
        assertTrue(p.text().contains("全年计划召开全体会议1次，常委会议4次，主席会议12次。其中专题议政性常委会议2次，主席专题协商会议2次。"),
                p.text());
        Block overBreak = paragraphStarting(doc, "5、扎实做好文史资料、博物馆等工作。");
        assertTrue(overBreak.text().endsWith("继续发挥昆评室、书画室的平台作用。"), overBreak.text());
        assertLinesTile(overBreak, List.of(1, 2));
        for (int n = 1; n <= 8; n++) {
            assertTrue(paragraphStarting(doc, n + "、").text().endsWith("。"), "item " + n);
        }
    }

    @Test
    void distillerSentencesWithTwoFiguresAreSeenWhole() throws Exception {
        RawDocument doc = read("distiller.pdf");
        Block total = paragraphStarting(doc, "江苏省委办公厅2018年度收入、支出预算总计24458.43万元，与上年相比收、支预算总计各增加3608.98万元，增长17.31%。");
        assertTrue(total.text().endsWith("增加了行政运转保障等项目经费。其中："), total.text());
        // the paragraph starts at the foot of page 1 and ends on page 2
        assertLinesTile(total, List.of(1, 2));
        Block special = paragraphStarting(doc, "2．财政专户管理资金收入预算总计0万元。与上年相比减少147.20万元，减少100%。");
        assertTrue(special.text().endsWith("所以不再安排此项收入。"), special.text());
        assertEquals("（一）收入预算总计24458.43万元。包括：", paragraphStarting(doc, "（一）").text());
    }

    @Test
    void wpsSpreadsheetExportParagraphsDoNotBreakBeforeAFigure() throws Exception {
        RawDocument doc = read("wps-putuo.pdf");
        // ends a line with 。 two glyphs short of the margin: 2023 could not have fit there
        Block retired = paragraphStarting(doc, "12.“社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”24.31万元，");
        assertTrue(retired.text().contains("主要用于行政单位离退休。2023年当年预算执行数为20.30万元，2024年预算安排24.31万元，比2023年预算执行数增加19.75%。"),
                retired.text());
        Block other = paragraphStarting(doc, "20.“社会保障和就业支出（类）其他社会保障和就业支出（款）");
        assertTrue(other.text().endsWith("主要原因是：其他社会保障和就业支出经费减少。"), other.text());
        long items = doc.blocks().stream().filter(b -> b.text().matches("^\\d+\\.“.*")).count();
        assertEquals(18, items);
    }

    @Test
    void excelExportParagraphs() throws Exception {
        RawDocument doc = read("excel2007.pdf");
        Block p = paragraphStarting(doc, "（二）拟订财税发展战略、规划和改革方案，并组织实施。");
        assertTrue(p.text().endsWith("拟订和执行市政府与区政府、政府与企业的分配政策。"), p.text());
        assertEquals(4, p.lines().size());
        assertEquals("主要职能包括：", paragraphStarting(doc, "主要职能包括").text());
        for (String n : List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四")) {
            assertFalse(paragraphStarting(doc, "（" + n + "）").text().isEmpty());
        }
    }
}
