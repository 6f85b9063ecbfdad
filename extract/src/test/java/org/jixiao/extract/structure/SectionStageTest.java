package org.jixiao.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.format.FormatDetector;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Section;
import org.jixiao.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SectionStageTest {
    private static final Path SAMPLES = Path.of("../samples/selfeval");
    private static ReportExtractor extractor;

    @BeforeAll
    static void open() {
        // only the structure stage: the figure stages are not under test here and load large models
        extractor = new ReportExtractor(new FormatDetector(), Extractors.defaultExtractors(), List.of(new SectionStage()),
                ExtractLimits.defaults());
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    private static Report report(String name) {
        Report r = extractor.extract(SAMPLES.resolve(name));
        assertFalse(r.failed(), r.diagnostics().toString());
        return r;
    }

    private static Report fromText(String text) {
        return extractor.extract(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.txt", "t.txt");
    }

    private static List<String> titles(List<Section> sections) {
        return sections.stream().map(Section::title).toList();
    }

    @Test
    void levelsFollowTheOrderStylesFirstAppearSoFormatsAgree() {
        Report word = fromText("一、概况\n（一）职能\n1.资金安排\n正文。\n二、支出\n");
        Report dump = fromText("1、 概况\n（一）职能\n1.资金安排\n正文。\n2、 支出\n");
        for (Report r : List.of(word, dump)) {
            assertEquals(List.of("概况", "支出"), titles(r.sections()));
            Section s = r.sections().get(0);
            assertEquals(1, s.level());
            assertEquals(2, s.children().get(0).level());
            assertEquals(3, s.children().get(0).children().get(0).level());
            Block body = r.blocks().get(3);
            assertEquals(BlockType.PARAGRAPH, body.type());
            assertEquals(List.of("概况", "职能", "资金安排"), body.sectionPath());
        }
        assertEquals("1、", dump.sections().get(0).number());
        assertEquals("一、", word.sections().get(0).number());
    }

    @Test
    void listItemsAfterAttachmentListAndSentencesAreNotHeadings() {
        Report r = fromText("一、概况\n附件：\n1．基础数据表\n2．自评表\n二、其他\n1.拟订全省人力资源和社会保障事业发展政策、规划并组织实施。\n");
        assertEquals(List.of("概况", "其他"), titles(r.sections()));
        assertTrue(r.sections().get(1).children().isEmpty());
    }

    @Test
    void tableUnderAnAttachmentHeadingWithATitleTakesItAsCaption() {
        Report r = fromText("附件2 部门整体支出绩效自评表\n金额单位：万元\n\t项目\n\t金额\n\n\t合计\n\t3.00\n\n");
        Table t = r.tables().get(0);
        assertEquals("部门整体支出绩效自评表", t.caption());
        assertEquals("金额单位：万元", t.unitLine());
        assertEquals(List.of("部门整体支出绩效自评表"), t.sectionPath());
        assertEquals(0, r.sections().get(0).level());
        assertEquals("附件2", r.sections().get(0).number());
    }

    @Test
    void numberingMustContinueItsSequence() {
        Report r = fromText("一、概况\n（一）职能\n（七）跳号\n（二）机构\n");
        assertEquals(List.of("职能", "机构"), titles(r.sections().get(0).children()));
    }

    @Test
    void sample000SectionTreeCaptionsAndUnits() {
        Report r = report("000_c5690e2b1ac97a5d.txt");
        assertEquals(List.of("部门（单位）基本情况", "绩效评价组织情况", "一般公共预算支出情况", "政府基金预算支出情况",
                "国有资本经营预算支出情况", "社会保险基金预算支出情况", "部门整体支出绩效情况", "存在的问题及原因分析",
                "下一步改进措施", "绩效自评结果拟应用和公开情况"), titles(r.sections()));
        Section budget = r.sections().get(2);
        assertEquals(List.of("基本支出情况", "项目支出情况", "机关运转情况", "“三公经费”支出情况"), titles(budget.children()));
        assertEquals(List.of("资金安排及支出明细"), titles(budget.children().get(0).children()));
        assertEquals(List.of("业务工作经费", "其他事业发展资金", "运行维护经费", "省级专项资金"),
                titles(budget.children().get(1).children()));

        List<Table> t = r.tables();
        assertEquals("表1基本支出资金明细表", t.get(0).caption());
        assertEquals("表2项目支出资金明细表", t.get(1).caption());
        assertEquals("表3项目支出明细表", t.get(2).caption());
        t.forEach(table -> assertEquals("单位：万元", table.unitLine()));
        assertEquals(List.of("一般公共预算支出情况", "基本支出情况", "资金安排及支出明细"), t.get(0).sectionPath());

        Provenance p = t.get(2).cellAt(44, 0).orElseThrow().provenance();
        assertEquals("t2", p.tableId());
        assertEquals(44, p.row());
        assertEquals(0, p.col());
        for (Block b : r.blocks()) {
            assertFalse(b.text().contains("[bookmark"), b.id());
        }
        Block caption = r.blocks().stream().filter(b -> b.text().equals("表1基本支出资金明细表")).findFirst().orElseThrow();
        assertEquals(BlockType.PARAGRAPH, caption.type(), "captions stay blocks");
    }

    @Test
    void sample003SectionTreeAndTables() {
        Report r = report("003_d7c6b592d197c283.txt");
        assertEquals(List.of("部门基本情况", "一般公共预算支出情况", "政府基金预算支出情况（无）", "国有资本经营预算支出情况（无）",
                "社会保险基金预算支出情况", "其他收入情况", "部门整体支出绩效情况", "存在的问题及原因分析", "下一步改进措施",
                "部门整体支出绩效自评结果拟应用和公开情况"), titles(r.sections()));
        assertEquals(List.of("2024年基本支出情况", "“三公”经费情况"),
                titles(r.sections().get(1).children().get(0).children()));
        assertEquals(3, r.sections().get(1).children().get(0).children().get(0).level());
        assertEquals("2024年度部门整体支出绩效评价基础数据表", r.tables().get(0).caption());
        assertEquals("2024年度部门整体支出绩效自评表", r.tables().get(1).caption());
        assertNull(r.tables().get(1).unitLine());
    }

    @Test
    void sample001AttachmentsAreSectionsWithTheirTables() {
        Report r = report("001_cc1de7232e773706.txt");
        List<String> numbers = r.sections().stream().map(Section::number).toList();
        assertEquals(List.of("附件1", "附件2", "附件3-1", "附件4", "附件5", "附件6", "附件7", "附件8", "附件9", "附件10",
                "附件11", "附件12", "附件13", "附件14"), numbers);
        r.sections().forEach(s -> assertEquals(0, s.level()));
        Map<String, Integer> perAttachment = new LinkedHashMap<>();
        for (Table t : r.tables()) {
            perAttachment.merge(t.sectionPath().isEmpty() ? "" : t.sectionPath().get(0), 1, Integer::sum);
        }
        // ratchet (measured 14 / 14): each attachment is one printed table and yields one recovered table
        assertEquals(14, perAttachment.size(), perAttachment.toString());
        assertFalse(perAttachment.containsKey(""));
        perAttachment.forEach((attachment, n) -> assertEquals(1, n, attachment));
        long captioned = r.tables().stream().filter(t -> t.caption() != null).count();
        assertTrue(captioned >= 13, "captions found: " + captioned);
        Table fund = r.tables().stream().filter(t -> "2024年工伤保险基金预算支出情况表".equals(t.caption())).findFirst()
                .orElseThrow();
        assertEquals("单位：亿元", fund.unitLine());
        List<String> firstColumn = new ArrayList<>();
        for (int row = 0; row < fund.rows(); row++) {
            firstColumn.add(fund.text(row, 0));
        }
        assertTrue(firstColumn.contains("五、期末滚存结余"), firstColumn.toString());
        int last = firstColumn.indexOf("五、期末滚存结余");
        assertEquals("75.588", fund.text(last, 3));
        assertEquals(List.of("项目", "2024年预算数", "2024年调整后预算数", "2024年实际执行数", "预算执行进度(%)"),
                fund.grid().get(0));

        // fund statements 附件10–14: every printed row recovered (header + body rows, counted in the dump)
        Map<String, Integer> fundRows = Map.of("附件10", 27, "附件11", 5, "附件12", 20, "附件13", 27, "附件14", 19);
        for (Table t : r.tables()) {
            Integer expected = fundRows.get(t.sectionPath().get(0));
            if (expected != null) {
                assertEquals(expected, t.rows(), t.sectionPath().toString());
                assertEquals("项目", t.text(0, 0));
                assertTrue(t.text(t.rows() - 1, 0).endsWith("期末滚存结余"), t.text(t.rows() - 1, 0));
            }
        }

        Table score = r.tables().stream().filter(t -> t.sectionPath().equals(List.of("附件2"))).findFirst().orElseThrow();
        assertEquals("2024年度部门整体支出绩效自评表", score.caption());
        List<String> total = score.grid().get(score.rows() - 1);
        assertEquals("总分", total.get(0));
        assertTrue(total.contains("96.48"), total.toString());
        // the header titles the figure columns, not the label column
        assertEquals(List.of("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), score.grid().get(0));
        assertEquals(List.of("年度资金总额", "24,939.80", "30,996.40", "26,842.05", "10", "86.60%", "8.66"),
                score.grid().get(1));
    }
}
