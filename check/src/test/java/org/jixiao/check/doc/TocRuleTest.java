package org.jixiao.check.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.check.RuleTally;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Finding;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.junit.jupiter.api.Test;

/** The 目录 against the body, on the headings of 江苏省人大办公厅2017年度预算公开.pdf and the 部门决算模板. */
class TocRuleTest {
    /** Blocks from "H:number:text" (a heading) or plain text (a paragraph). */
    private static Report report(String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Provenance p = Provenance.ofBlock(Fixtures.RID, "b" + i, 1 + i / 10, "test");
            String[] h = lines[i].split(":", 3);
            blocks.add(h.length == 3 && h[0].equals("H")
                    ? new Block("b" + i, BlockType.HEADING, h[2], 1, h[1], List.of(), null, p)
                    : Block.paragraph("b" + i, lines[i], p));
        }
        Report r = Fixtures.report(List.of());
        return new Report(r.id(), null, r.meta(), blocks, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void anEntryTitledOtherwiseInTheBody() {
        Report r = report("江苏省人大常委会办公厅", "2017年度部门预算", "目录",
                "H:第一部分:第一部分部门概况", "H:一、:一、主要职能", "H:二、:二、部门机构设置及预算单位构成情况",
                "H:第二部分:第二部分省人大办公厅2017年度部门预算表", "H:一、:一、收支预算总表",
                "H:第三部分:第三部分省人大办公厅2017年度部门预算情况说明第四部分名称解释",
                "H:第一部分:第一部分部门概况", "H:一、:一、主要职能", "省人大常委会是省人民代表大会的常设机构，主要职责是：",
                "H:二、:二、部门机构设置和预算单位构成情况",
                "H:第二部分:第二部分江苏省人大常委会办公厅", "2017年度部门预算表", "收支预算总表",
                "H:第三部分:第三部分江苏省人大常委会办公厅", "2017年度部门预算情况说明",
                "H:第四部分:第四部分名词解释", "一、财政拨款：指由一般公共预算、政府性基金预算安排的财政拨款数。");
        RuleTally tally = new RuleTally();
        List<Finding> f = new TocRule().check(r, tally);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).messageZh().contains("第四部分名称解释") && f.get(0).messageZh().contains("第四部分名词解释"));
        assertEquals("b8", f.get(0).evidence().get(0).provenance().blockId());
        assertEquals("b18", f.get(0).evidence().get(1).provenance().blockId());
        // 第一部分, 一、, 二、 (和/及), 第二部分 and 第三部分 (wrapped body headings) agree; 一、收支预算总表 has no heading
        assertEquals(6, tally.evaluated());
        assertEquals(1, tally.fired());
        assertEquals(1, tally.notEvaluated());
    }

    @Test
    void theTemplatesOtherImportantMatters() {
        Report r = report("目录", "H:第三部分:第三部分上海市XX局2024年度部门决算情况说明", "H:十、:十、预算绩效管理情况",
                "H:十一、:十一、其他重要事项说明", "H:第四部分:第四部分名词解释",
                "H:第三部分:第三部分上海市XX局2024年度部门决算情况说明", "H:十、:十、预算绩效管理情况",
                "H:十一、:十一、其他重要事项的情况说明", "H:第四部分:第四部分名词解释");
        List<Finding> f = new TocRule().check(r, new RuleTally());
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).evidence().get(1).context().contains("十一、其他重要事项的情况说明"));
    }

    @Test
    void withoutAContentsPageTheRuleSaysSo() {
        RuleTally t = new RuleTally();
        assertEquals(List.of(), new TocRule().check(report("H:一、:一、主要职能", "正文。"), t));
        assertEquals(java.util.Map.of("no 目录", 1L), t.reasons());
    }
}
