package org.jixiao.check.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.model.Finding;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

class ColumnSumRuleTest {
    private static final String[] HEAD = {"序号", "单位名称", "上年结转", "年初预算", "本年调整", "全年预算", "决算支出", "结转结余"};

    static Table table1(String totalFinal) {
        return Fixtures.table("t0", "表1基本支出资金明细表", "单位：万元", HEAD,
                new String[] {"1", "湖南省人力资源和社会保障厅（本级）", "-", "7,011.00", "320.31", "7,331.31", "7,213.19", "118.12"},
                new String[] {"2", "湖南省社会保险服务中心", "-", "1,568.61", "200.71", "1,769.32", "1,768.32", "1.00"},
                new String[] {"3", "湖南省人事考试院", "", "1,471.27", "55.27", "1,526.54", "1,171.92", "354.62"},
                new String[] {"合计", "", "", "10,050.88", "576.29", totalFinal, "10,153.43", "473.74"});
    }

    @Test
    void consistentTablePasses() {
        List<Finding> f = new ColumnSumRule().check(Fixtures.report(List.of(table1("10,627.17"))));
        assertTrue(f.isEmpty(), f.toString());
    }

    @Test
    void wrongTotalIsAnErrorWithBothSides() {
        List<Finding> f = new ColumnSumRule().check(Fixtures.report(List.of(table1("10,626.67"))));
        assertEquals(1, f.size(), f.toString());
        Finding x = f.get(0);
        assertEquals(Severity.ERROR, x.severity());
        assertEquals("table.column-sum", x.rule());
        assertEquals(0, new java.math.BigDecimal("-0.48").compareTo(x.difference()));
        assertEquals(4, x.evidence().size());
        assertEquals("total", x.evidence().get(0).role());
        assertEquals(4, x.evidence().get(0).provenance().row());
        assertEquals(5, x.evidence().get(0).provenance().col());
        assertEquals(1, x.evidence().get(1).provenance().row());
        assertTrue(x.messageZh().contains("全年预算"), x.messageZh());
    }

    @Test
    void swappedTotalsGiveOneFinding() {
        Table t = Fixtures.table("t2", "表3项目支出明细表", "单位：万元",
                new String[] {"序号", "项目明细", "上年结转", "年初预算", "本年调整", "预算资金", "决算支出"},
                new String[] {"1", "a", "44.09", "", "", "44.09", "44.09"},
                new String[] {"2", "b", "", "2.00", "36.00", "38.00", "38.00"},
                new String[] {"3", "c", "", "10.00", "", "10.00", "9.00"},
                new String[] {"合计", "", "44.09", "36.00", "12.00", "92.09", "91.09"});
        List<Finding> f = new ColumnSumRule().check(Fixtures.report(List.of(t)));
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).messageZh().contains("互换"), f.get(0).messageZh());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void totalFirstWithNestedRowsSumsTheOutermostLevel() {
        Table t = Fixtures.table("t5", null, "单位：万元",
                new String[] {"项目", "2024年预算数", "2024年决算数"},
                new String[] {"合计", "58", "39.76"},
                new String[] {"1、公务用车购置和维护经费", "28", "22.68"},
                new String[] {"其中：公车运行维护", "28", "22.68"},
                new String[] {"2、出国经费", "", ""},
                new String[] {"3、公务接待", "30", "17.08"});
        assertTrue(new ColumnSumRule().check(Fixtures.report(List.of(t))).isEmpty());
    }
}
