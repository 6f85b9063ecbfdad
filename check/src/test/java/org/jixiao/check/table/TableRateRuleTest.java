package org.jixiao.check.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.model.Finding;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

class TableRateRuleTest {
    private static Table sheet(String rate) {
        return Fixtures.table("t1", "2024年度部门整体支出绩效自评表", "单位：万元",
                new String[] {"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
                new String[] {"年度资金总额", "24,939.80", "30,996.40", "26,842.05", "10", rate, "8.66"});
    }

    @Test
    void rateMatchingActualOverBudgetPasses() {
        assertTrue(new TableRateRule().check(Fixtures.report(List.of(sheet("86.60%")))).isEmpty());
    }

    @Test
    void rateNotMatchingFires() {
        List<Finding> f = new TableRateRule().check(Fixtures.report(List.of(sheet("88.60%"))));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(5, f.get(0).evidence().get(0).provenance().col());
        assertEquals(3, f.get(0).evidence().size());
    }

    @Test
    void theAdjustedBudgetIsTheDenominatorOfAFundStatement() {
        Table t = Fixtures.table("t11", "2024年工伤保险基金预算支出情况表", "单位：亿元",
                new String[] {"项目", "2024年预算数", "2024年调整后预算数", "2024年实际执行数", "预算执行进度(%)"},
                new String[] {"二、收入合计", "49.000", "49.699", "49.757", "100.12%"});
        assertTrue(new TableRateRule().check(Fixtures.report(List.of(t))).isEmpty());
    }
}
