package org.jixiao.check.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.model.Finding;
import org.jixiao.model.Severity;
import org.junit.jupiter.api.Test;

class TextRulesTest {
    private static List<Finding> run(org.jixiao.check.Rule rule, String... paragraphs) {
        return rule.check(Fixtures.report(List.of(), paragraphs));
    }

    @Test
    void roundedPartsOfASentenceAreNoAlarm() {
        List<Finding> f = run(new WhereofSumRule(), "2025年我厅一般公共预算决算支出数为29,000.52万元，预算执行率为86.56%，"
                + "其中：基本支出13,775.90万元，项目支出15,224.63万元。");
        assertTrue(f.isEmpty(), f.toString());
    }

    @Test
    void partsExceedingTheirTotalAreAnError() {
        String s = "截至2025年12月31日，实有在职人数347人，其中：行政编制人员124人、参照公务员管理事业编及事业管理人员和专业技术人员219人、机关和事业工人5人。";
        List<Finding> f = run(new WhereofSumRule(), s);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("total", f.get(0).evidence().get(0).role());
        assertEquals("b0", f.get(0).evidence().get(0).provenance().blockId());
        int start = f.get(0).evidence().get(0).provenance().charStart();
        assertEquals("347", s.substring(start, start + 3));
        assertEquals(4, f.get(0).evidence().size());
    }

    @Test
    void theShareBaseIsNotTheTotalOfTheParts() {
        String ok = "基本支出预算资金总额为14,344.80万元，占我厅部门一般公共预算资金总额33,502.94万元的42.82%，其中：年初预算13,483.69万元、本年调整861.11万元。";
        assertTrue(run(new WhereofSumRule(), ok).isEmpty());
        String bad = ok.replace("861.11", "861.61");
        List<Finding> f = run(new WhereofSumRule(), bad);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void partsShortOfAWhereofTotalAreAtMostAWarning() {
        List<Finding> f = run(new WhereofSumRule(), "项目支出为100.00万元，其中：业务经费40.00万元，运行经费30.00万元。");
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void bracketsAndComparisonsAreNotParts() {
        String s = "“三公经费”全年预算金额为250.40万元，决算支出138.58万元，“三公经费”预算执行率为55.34%，其中：因公出国（境）费用37.89万元，"
                + "公务用车购置及运行维护费97.75万元（公务用车购置费24.99万元、公务用车运行维护费72.76万元），公务接待费2.94万元。"
                + "较2024年决算支出减少44.37万元，下降比例为24.25%。";
        assertTrue(run(new WhereofSumRule(), s).isEmpty());
        assertTrue(run(RatioRule.executionRate(), s).isEmpty());
        List<Finding> f = run(new WhereofSumRule(), s.replace("72.76", "72.66"));
        assertEquals(1, f.size(), f.toString());
    }

    @Test
    void listedThenSummedIsComplete() {
        String s = "按经济科目划分，各项支出金额分别为：工资福利支出1500.28万元，商品和服务支出1024.26万元，对个人和家庭的补助支出304.18万元，资本性支出2.12万元，合计2830.84万元。";
        assertTrue(run(new WhereofSumRule(), s).isEmpty());
        List<Finding> f = run(new WhereofSumRule(), s.replace("2830.84", "2840.84"));
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void aMisprintedUnitIsFoundAndNotDoubleCounted() {
        String s = "省本级失业保险基金预算支出为43.78亿元，其中：失业保险金支出0.24亿元，基本医疗保险费支出0.06亿元，稳定岗位补贴支出1.58亿元，"
                + "技能提升补贴支出0.22亿元，其他费用支出0.01亿元，其他支出0.17亿元，转移支出0.02万元，补助下级支出41.48亿元。";
        assertTrue(run(new WhereofSumRule(), s).isEmpty());
        List<Finding> f = run(new MixedUnitRule(), s);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).evidence().stream().anyMatch(e -> e.role().equals("odd-unit-part")
                && e.quantity().printed().equals("0.02")));
        assertTrue(run(new MixedUnitRule(), s.replace("0.02万元", "0.02亿元")).isEmpty());
    }

    @Test
    void executionRateAgainstItsOperands() {
        String s = "2025年我厅纳入绩效自评范围的一般公共预算总金额为33,502.94万元，其中上年结转2,144.27万元，年初预算23,848.51万元，本年调整7,510.16万元。"
                + "2025年我厅一般公共预算决算支出数为29,000.52万元，预算执行率为86.56%。";
        assertTrue(run(RatioRule.executionRate(), s).isEmpty());
        List<Finding> f = run(RatioRule.executionRate(), s.replace("86.56%", "88.56%"));
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(3, f.get(0).evidence().size());
    }

    @Test
    void aRateOnAnotherBasisIsNotEvaluated() {
        String s = "项目支出预算资金总额为19,158.14万元。2025年决算支出15,224.63万元，剔除湖南省人事考试院应纳入专户管理的非税收入后，执行率为88.22%。";
        assertTrue(run(RatioRule.executionRate(), s).isEmpty());
    }

    @Test
    void controlRateUsesTheAuthorizedStaffNotItsParts() {
        String s = "我厅现有人员编制数371名，其中：行政编制122名、参照公务员管理事业编及非参公事业编249名；截至2025年12月31日，实有在职人数347人，"
                + "其中：行政编制人员124人、机关和事业工人5人。在职人员控制率93.28%。";
        List<Finding> f = run(RatioRule.controlRate(), s);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(run(RatioRule.controlRate(), s.replace("371", "372")).isEmpty());
    }

    @Test
    void completionRate() {
        String s = "专业技术人员职业资格考试非税收入情况目标值≥4,200.00万元，实际完成3,647.02万元，完成率86.83%，该指标扣0.13分。";
        assertTrue(run(RatioRule.completionRate(), s).isEmpty());
        assertEquals(1, run(RatioRule.completionRate(), s.replace("86.83", "96.83")).size());
    }

    @Test
    void balanceRollForwardInOneSentence() {
        String s = "2025年度收支结余-0.49亿元，期初结余113.70亿元，期末滚存结余113.21亿元。";
        assertTrue(run(new BalanceSentenceRule(), s).isEmpty());
        List<Finding> f = run(new BalanceSentenceRule(), s.replace("113.21", "112.21"));
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(run(new BalanceSentenceRule(), "2025度收支结余-63.4亿元，期末滚存结余1,743.03亿元。").isEmpty());
    }

    @Test
    void anAdjustedBudgetIsADenominator() {
        String s = "2024年益阳市本级机关事业单位基本养老保险基金调整后预算收入为67968万元，其中：基本养老保险35423万元，利息收入180万元。"
                + "实际收入为67171万元，其中：基本养老保险35052万元。收入预算执行率98.83%，主要原因是部分单位暂缓缴纳。";
        assertTrue(run(RatioRule.executionRate(), s).isEmpty());
        List<Finding> f = run(RatioRule.executionRate(), s.replace("98.83%", "96.83%"));
        assertEquals(1, f.size(), f.toString());
    }

    @Test
    void aListOpeningTheNextSentenceRefersToItsSubject() {
        String s = "2025年我厅纳入绩效自评范围的一般公共预算总金额为33,502.94万元，其中上年结转2,144.27万元，年初预算23,848.51万元，"
                + "本年调整7,510.16万元。具体包括基本支出14,344.80万元，项目支出19,157.65万元。";
        List<Finding> f = run(new WhereofSumRule(), s);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("33,502.94", f.get(0).evidence().get(0).quantity().printed());
        assertTrue(run(new WhereofSumRule(), s.replace("19,157.65", "19,158.14")).isEmpty());
    }

    @Test
    void countsOfDifferentThingsAreNotParts() {
        assertTrue(run(new WhereofSumRule(), "人员编制496人，其中：内设机构23个、下属事业单位2个、派出机构2个。").isEmpty());
    }

    @Test
    void aChangeRateAgreesWithTheFigureItQualifies() {
        String s = "“三公经费”全年预算金额为250.40万元，决算支出138.58万元，其中：因公出国（境）费用37.89万元，公务接待费2.94万元。"
                + "较2024年决算支出减少44.37万元，下降比例为24.25%。";
        assertTrue(run(new ChangeRateRule(), s).isEmpty(), "44.37 / (138.58 + 44.37) = 24.25%");
        List<Finding> f = run(new ChangeRateRule(), s.replace("24.25%", "26.25%"));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("rate", f.get(0).evidence().get(0).role());
        assertEquals(3, f.get(0).evidence().size());
        int start = f.get(0).evidence().get(1).provenance().charStart();
        assertEquals("138.58", s.substring(start, start + 6));
        String up = "收入合计1,200.00万元，较上年增加200.00万元，增长20.00%。";
        assertTrue(run(new ChangeRateRule(), up).isEmpty(), "200 / (1200 − 200) = 20%");
        assertEquals(1, run(new ChangeRateRule(), up.replace("20.00%", "16.67%")).size(), "the rate on the new value is wrong");
        String unrelated = "支出500.00万元，较上年增加50.00万元，主要是人员增加，占总支出的10.00%。";
        assertTrue(run(new ChangeRateRule(), unrelated).isEmpty(), "a share printed later is not the change's rate");
    }
}
