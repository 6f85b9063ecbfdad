package org.jixiao.check.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.model.Finding;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

class FundAndSubtotalRulesTest {
    /** The layout of a 工伤保险基金预算支出情况表 (budget, adjusted budget, actual, progress). */
    static Table fund(String endActual, String feeActual) {
        return Fixtures.table("t25", "2024年工伤保险基金预算支出情况表", "单位：亿元",
                new String[] {"项目", "2024年预算数", "2024年调整后预算数", "2024年实际执行数", "预算执行进度(%)"},
                new String[] {"一、期初余额", "83.375", "83.375", "83.375", "100.00%"},
                new String[] {"二、收入合计", "49.699", "49.699", "49.757", "100.12%"},
                new String[] {"（一）收入小计", "49.699", "49.699", "49.757", "100.12%"},
                new String[] {"1.工伤保险费收入", "47.490", "47.490", feeActual, "100.52%"},
                new String[] {"2.利息收入", "1.291", "1.291", "1.036", "80.22%"},
                new String[] {"3.财政补贴收入", "0.894", "0.894", "0.895", "100.11%"},
                new String[] {"4.其他收入", "0.024", "0.024", "0.089", "374.84%"},
                new String[] {"（二）上级补助收入", "-", "-", "", "-"},
                new String[] {"三、支出合计", "53.822", "53.822", "53.600", "99.59%"},
                new String[] {"（一）支出小计", "53.822", "53.822", "53.600", "99.59%"},
                new String[] {"1.工伤保险待遇支出", "52.723", "52.723", "52.731", "100.02%"},
                new String[] {"2.劳动能力鉴定支出", "0.180", "0.180", "0.155", "86.02%"},
                new String[] {"3.工伤预防费用支出", "0.650", "0.650", "0.509", "78.38%"},
                new String[] {"4.其他支出", "0.270", "0.270", "0.205", "75.95%"},
                new String[] {"四、当期收支结余", "-4.123", "-4.123", "-3.843", "93.20%"},
                new String[] {"五、期末滚存结余", "79.251", "79.251", endActual,
                        endActual.equals("79.532") ? "100.35%" : "95.38%"}); // the rate the printed balance gives
    }

    @Test
    void consistentFundStatementPasses() throws Exception {
        var r = Fixtures.report(List.of(fund("79.532", "47.738")));
        var found = org.jixiao.check.relation.RelationRuleTest.table(
                org.jixiao.check.relation.RelationRuleTest.extracted(r.tables().get(0)));
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void closingBalanceNotMatchingTheRollForwardFiresOnThatColumnOnly() throws Exception {
        // 期初 + 当期结余 = 期末 is a row identity of row-identities.tsv, built by extract, evaluated by check
        List<Finding> f = org.jixiao.check.relation.RelationRuleTest.table(
                org.jixiao.check.relation.RelationRuleTest.extracted(fund("75.588", "47.738")));
        f = org.jixiao.check.Checker.standard().check(org.jixiao.check.relation.RelationRuleTest.extracted(
                fund("75.588", "47.738"))).stream().filter(x -> x.rule().equals("fund.roll-forward")
                && x.severity() == Severity.ERROR).toList();
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(16, f.get(0).evidence().get(0).provenance().row());
        assertEquals(3, f.get(0).evidence().get(0).provenance().col());
    }

    @Test
    void aPartNotAddingUpToItsSubtotalFires() throws Exception {
        // the relation is built by extract from the row tree (（一）收入小计 = 1. + 2. + 3. + 4.) and evaluated by check
        List<Finding> f = org.jixiao.check.relation.RelationRuleTest.table(
                org.jixiao.check.relation.RelationRuleTest.extracted(fund("79.532", "47.938")));
        assertEquals(1, f.stream().filter(x -> x.rule().equals("table.subtotal")
                && x.evidence().get(0).provenance().row() == 3).count(), f.toString());
    }
}
