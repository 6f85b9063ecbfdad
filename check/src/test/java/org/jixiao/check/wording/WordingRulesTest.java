package org.jixiao.check.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.check.Rule;
import org.jixiao.check.RuleTally;
import org.jixiao.model.Finding;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

/** Each slip on a sentence printed in the corpus, and silent on a consistent sentence of the same kind. */
class WordingRulesTest {
    private static Rule rule(String id) {
        return WordingRule.standard().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Finding> run(String id, String... paragraphs) {
        return rule(id).check(Fixtures.report(List.of(), paragraphs), new RuleTally());
    }

    private static void fires(String id, String quote, String... paragraphs) {
        List<Finding> f = run(id, paragraphs);
        assertEquals(1, f.size(), id + ": " + f);
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).evidence().stream().anyMatch(e -> e.context().contains(quote)), f.toString());
        assertTrue(f.get(0).messageEn().length() > 0 && f.get(0).messageZh().contains("共"));
        assertTrue(f.get(0).evidence().get(0).provenance().charStart() != null);
    }

    private static void silent(String id, String... paragraphs) {
        assertEquals(List.of(), run(id, paragraphs), id);
    }

    @Test
    void placeholdersOfTheTemplate() {
        // 附件2：部门决算模板.pdf, 第三部分
        String template = "上海市XX局2024年度收入支出总计XXX万元。与2023年度相比，收入支出总计增加（减少）XXX万元，"
                + "增长（下降）XX%。主要原因：XXXXXXXX。（如持平作持平表述）";
        List<Finding> f = run("wording.placeholder", template);
        assertEquals(1, f.size());
        assertTrue(f.get(0).messageZh().contains("共 5 处"), f.get(0).messageZh());
        assertTrue(f.get(0).evidence().stream().anyMatch(e -> e.context().contains("主要原因：XXXXXXXX。")));
        fires("wording.alternative", "收入支出总计增加（减少）XXX万元，增长（下降）XX%", template);
        fires("wording.instruction", "（如持平作持平表述）", template);
        // 上海市普陀区人民政府万里街道办事处25年预算.pdf
        String filled = "2025年，上海市普陀区人民政府万里街道办事处收入预算18,976.76万元，比2024年预算增加3,355.65万元；"
                + "其中：财政拨款收入18,976.76万元，比2024年预算增加3,355.65万元。";
        silent("wording.placeholder", filled);
        silent("wording.alternative", filled);
        silent("wording.instruction", filled, "单价100万元（含）以上设备（不含车辆）0台（套）。");
    }

    @Test
    void alternativesLeftInAFilledReport() {
        // 省人大办公厅2018预算公开.pdf p.19
        fires("wording.alternative", "与上年相比增加（减少）0万元",
                "（2）政府性基金收入预算0万元，与上年相比增加（减少）0万元，增长（减少）0 %。主要原因是本部门无此项收入。");
    }

    @Test
    void instructionHeadingLeftIn() {
        // 上海市普陀区社会福利院24年单位预算.pdf p.16
        fires("wording.instruction", "国有资产占有使用情况（增加内容）", "五、国有资产占有使用情况（增加内容）");
        silent("wording.instruction", "五、国有资产占有使用情况");
    }

    @Test
    void sentenceCutOffAfterItsCue() {
        // 上海市普陀区社会福利院24年单位预算.pdf
        fires("wording.cut-off", "与2023年预算持平，主要原因是。其中",
                "（二）公务用车购置及运行费6.40万元，与2023年预算持平，主要原因是。其中：公务用车购置费0.00万元，与2023年预算持平。");
        // 省法院2018年度部门预算公开.pdf
        silent("wording.cut-off", "与上年相比减少100万元，减少9.52%，主要原因是压减了案件执行经费的支出预算。");
    }

    @Test
    void percentageWithoutPercentSign() {
        // 省法院2018年度部门预算公开.pdf p.20
        fires("wording.percent", "减少9.52，主要原因是压减了案件执行经费的支出预算",
                "5．法院（款）案件执行（项）支出950万元，与上年相比减少100万元，减少9.52，主要原因是压减了案件执行经费的支出预算。");
        // 2017年省检察院部门预算.pdf: a space before % is still a percentage
        silent("wording.percent", "与上年相比增加1454.35万元，增长8.8 %。主要是因员额制检察官单独职务序列改革。",
                "政府采购预算3,355.65万元，比上年增加3,355.65万元。");
    }

    @Test
    void doubledPunctuationInTextAndCells() {
        // 省人大办公厅2018预算公开.pdf p.25
        fires("wording.punctuation", "减少了该项支出。。",
                "主要原因是退休人员工资由社保部门统一发放，不再列入本部门预算中，减少了该项支出。。");
        silent("wording.punctuation", "主要原因是……；其中：人员经费12.00万元。");
        // 附件2：部门决算模板.pdf p.4 单位构成表
        Table t = Fixtures.table("t0", "单位构成", null, new String[] {"序号", "单位名称"}, new String[] {"4", "。。。"});
        List<Finding> f = rule("wording.punctuation").check(Fixtures.report(List.of(t), "无"), new RuleTally());
        assertEquals(1, f.size());
        assertEquals("t0", f.get(0).evidence().get(0).provenance().tableId());
    }

    @Test
    void yearWithoutNian() {
        // 000_c5690e2b1ac97a5d (湖南省人社厅 2025) p.8
        fires("wording.year", "2025度收支结余", "2025度收支结余-63.4亿元，期末滚存结余1,743.03亿元。");
        silent("wording.year", "2025年度收支结余-63.4亿元，期末滚存结余1,743.03亿元。", "编号2025.2024度量");
    }

    @Test
    void bracketsThatDoNotClose() {
        BracketRule r = new BracketRule();
        RuleTally tally = new RuleTally();
        // 上海市普陀区商务委员会25年预算.pdf: full- and half-width brackets pair with each other
        assertEquals(List.of(), r.check(Fixtures.report(List.of(),
                "11.“卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）”63.19万元，主要用于行政单位医疗金缴纳。"), tally));
        // 2017年省检察院部门预算.pdf: a paragraph split over a page break is not judged
        assertEquals(List.of(), r.check(Fixtures.report(List.of(), "12.控告申诉检察处（挂“省人民检察院举报中心”、",
                "“刑事赔偿工作办公室”牌子）。"), tally));
        // the same paragraph whole, with its closing bracket lost
        List<Finding> f = r.check(Fixtures.report(List.of(),
                "12.控告申诉检察处（挂“省人民检察院举报中心”、“刑事赔偿工作办公室”牌子。"), tally);
        assertEquals(1, f.size());
        assertEquals("（", f.get(0).evidence().get(0).label());
        assertEquals(4, tally.evaluated());
        assertEquals(1, tally.fired());
    }

    @Test
    void slipsFileParses() {
        assertEquals(List.of("wording.placeholder", "wording.alternative", "wording.instruction", "wording.cut-off",
                "wording.punctuation", "wording.percent", "wording.year"),
                Slip.standard().stream().map(Slip::id).toList());
    }
}
