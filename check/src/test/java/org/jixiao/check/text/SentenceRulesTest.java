package org.jixiao.check.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.check.Checker;
import org.jixiao.check.Fixtures;
import org.jixiao.check.relation.RelationRuleTest;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * The sentence families as check sees them: extract reads real sentences of the corpus into
 * relations, the checker evaluates them. Each fires on a real mistake and is silent on consistent text.
 */
class SentenceRulesTest {
    private static List<Finding> run(String rule, String... paragraphs) throws Exception {
        Report r = RelationRuleTest.extractedKeepingMeta(Fixtures.report(List.of(), paragraphs));
        return Checker.standard().check(r).stream().filter(f -> f.rule().equals(rule)
                && (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)).toList();
    }

    @Test
    void partsExceedingTheirTotalAreAnError() throws Exception {
        // 湖南省人社厅 2025 自评 p.2
        String s = "截至2025年12月31日，实有在职人数347人，其中：行政编制人员124人、参照公务员管理事业编及事业管理人员和专业技术人员219人、机关和事业工人5人。";
        List<Finding> f = run("text.parts-sum", s);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        int start = f.get(0).evidence().get(0).provenance().charStart();
        assertEquals("347", s.substring(start, start + 3));
        assertEquals(4, f.get(0).evidence().size());
        assertTrue(run("text.parts-sum", s.replace("347人", "348人")).isEmpty());
    }

    @Test
    void partsShortOfAWhereofTotalAreAtMostAWarning() throws Exception {
        List<Finding> f = run("text.parts-sum", "项目支出为100.00万元，其中：业务经费40.00万元，运行经费30.00万元。");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        // a known whole is complete: 基本 + 项目 short of the total is an error (p.3)
        f = run("text.parts-sum", "2025年我厅纳入绩效自评范围的一般公共预算总金额为33,502.94万元。具体包括基本支出14,344.80万元，项目支出19,157.65万元。");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void aMisprintedUnitIsFoundAndNotDoubleCounted() throws Exception {
        // 湖南省人社厅 2025 自评 p.9
        String s = "省本级失业保险基金预算支出为43.78亿元，其中：失业保险金支出0.24亿元，基本医疗保险费支出0.06亿元，稳定岗位补贴支出1.58亿元，"
                + "技能提升补贴支出0.22亿元，其他费用支出0.01亿元，其他支出0.17亿元，转移支出0.02万元，补助下级支出41.48亿元。";
        assertTrue(run("text.parts-sum", s).isEmpty());
        List<Finding> f = run(MixedUnitRule.ID, s);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).evidence().stream().anyMatch(e -> e.role().equals("odd-unit-part")
                && e.quantity().printed().equals("0.02") && e.quantity().unit() == Unit.WAN_YUAN));
        assertTrue(run(MixedUnitRule.ID, s.replace("0.02万元", "0.02亿元")).isEmpty());
        assertTrue(run(MixedUnitRule.ID, s.replace("41.48", "40.48")).isEmpty(), "a wrong sum is not a misprinted unit");
    }

    @Test
    void controlRateAndFundRollForward() throws Exception {
        // p.2: 347 / 371 = 93.53%, printed 93.28%
        String staff = "我厅现有人员编制数371名，其中：行政编制122名、参照公务员管理事业编及非参公事业编249名；截至2025年12月31日，实有在职人数347人。"
                + "在职人员控制率93.28%。";
        assertEquals(1, run("ratio.control-rate", staff).size());
        assertTrue(run("ratio.control-rate", staff.replace("371", "372")).isEmpty());
        // p.9
        String fund = "2025年度收支结余-0.49亿元，期初结余113.70亿元，期末滚存结余113.21亿元。";
        assertTrue(run("fund.roll-forward-text", fund).isEmpty());
        assertEquals(1, run("fund.roll-forward-text", fund.replace("113.21", "112.21")).size());
    }

    @Test
    void oneFigurePrintedWithTwoValues() throws Exception {
        // 湖南省人社厅 2025 自评: p.2 编制数371名, p.7 编制372人
        String p2 = "我厅现有人员编制数371名，实有在职人数347人。";
        String p7 = "2025年省机构编制主管部门核定我厅本级及所属单位人员编制372人，实际在职人数347人。";
        List<Finding> f = run("figure.duplicate", p2, p7);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("b0", f.get(0).evidence().get(0).provenance().blockId());
        assertEquals("b1", f.get(0).evidence().get(1).provenance().blockId());
        assertTrue(run("figure.duplicate", p2.replace("371", "372"), p7).isEmpty());
    }

    @Test
    void aClassificationSubjectInTheTextAgainstItsRowInTheTables() throws Exception {
        // 上海市普陀区财政局 2025 部门预算 p.7 and p.15: 887.36万元 in the text, 873,617.00元 (87.36万元) in the table
        String[] head = {"功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"};
        org.jixiao.model.Table t = Fixtures.table("t4", "2025年部门一般公共预算支出功能分类预算表", "单位：元", head,
                new String[] {"208", "社会保障和就业支出", "2,663,005.00", "2,663,005.00", ""},
                new String[] {"20805", "行政事业单位养老支出", "2,663,005.00", "2,663,005.00", ""},
                new String[] {"2080501", "行政单位离退休", "877,080.00", "877,080.00", ""},
                new String[] {"2080505", "机关事业单位基本养老保险缴费支出", "912,308.00", "912,308.00", ""},
                new String[] {"2080506", "机关事业单位职业年金缴费支出", "873,617.00", "873,617.00", ""});
        String text = "7.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”887.36万元，主要用于缴纳职业年金支出。";
        List<Finding> f = findings("figure.duplicate", List.of(t), text);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("t4", f.get(0).evidence().get(1).provenance().tableId());
        assertEquals(5, f.get(0).evidence().get(1).provenance().row());
        assertTrue(findings("figure.duplicate", List.of(t), text.replace("887.36", "87.36")).isEmpty());
    }

    private static List<Finding> findings(String rule, List<org.jixiao.model.Table> tables, String... paragraphs) throws Exception {
        Report r = RelationRuleTest.extractedKeepingMeta(Fixtures.report(tables, paragraphs));
        return Checker.standard().check(r).stream().filter(f -> f.rule().equals(rule)
                && (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)).toList();
    }
}
