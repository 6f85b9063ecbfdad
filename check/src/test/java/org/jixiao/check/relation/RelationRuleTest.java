package org.jixiao.check.relation;

import org.jixiao.check.Checker;
import org.jixiao.check.Fixtures;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.figures.FigureStages;
import org.jixiao.model.Finding;
import org.jixiao.model.Relation;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Table arithmetic as relations: extract's figure stages build layouts and relations from real table
 * shapes of the corpus; the checker evaluates them. Each family fires on a real kind of mistake and
 * stays silent on a consistent table.
 */
public class RelationRuleTest {
    private static final String[] HEAD = {"序号", "单位名称", "上年结转", "年初预算", "本年调整", "全年预算", "决算支出", "结转结余"};

    static Table table1(String totalFinal) {
        return Fixtures.table("t0", "表1基本支出资金明细表", "单位：万元", HEAD,
                new String[] {"1", "湖南省人力资源和社会保障厅（本级）", "-", "7,011.00", "320.31", "7,331.31", "7,213.19", "118.12"},
                new String[] {"2", "湖南省社会保险服务中心", "-", "1,568.61", "200.71", "1,769.32", "1,768.32", "1.00"},
                new String[] {"3", "湖南省人事考试院", "", "1,471.27", "55.27", "1,526.54", "1,171.92", "354.62"},
                new String[] {"合计", "", "", "10,050.88", "576.29", totalFinal, "10,153.43", "473.74"});
    }

    /** The report as extract leaves it: layouts, facts and relations. */
    public static Report extracted(Table... tables) throws Exception {
        return extracted(Fixtures.report(List.of(tables)));
    }

    /** {@code r} after extract's figure stages, its metadata (fiscal year, kind) kept as the fixture sets it. */
    public static Report extractedKeepingMeta(Report r) throws Exception {
        ExtractContext ctx = new ExtractContext(r.id(), "x", "text/plain", ExtractLimits.defaults());
        for (ReportStage s : FigureStages.create()) {
            if (!(s instanceof org.jixiao.extract.figures.meta.MetadataStage)) {
                r = s.apply(r, ctx);
            }
        }
        return r;
    }

    /** {@code r} after extract's figure stages. */
    public static Report extracted(Report r) throws Exception {
        ExtractContext ctx = new ExtractContext(r.id(), "x", "text/plain", ExtractLimits.defaults());
        for (ReportStage s : FigureStages.create()) {
            r = s.apply(r, ctx);
        }
        return r;
    }

    public static List<Finding> table(Report r) {
        return Checker.standard().check(r).stream().filter(f -> f.rule().startsWith("table.")
                && (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)).toList();
    }

    @Test
    void consistentTableHasRelationsThatAllHold() throws Exception {
        Report r = extracted(table1("10,627.17"));
        assertTrue(r.relations().stream().anyMatch(x -> x.rule().equals("table.column-sum")), r.relations().toString());
        assertTrue(r.relations().stream().anyMatch(x -> x.rule().equals("table.budget-identity")));
        Relation sum = r.relations().stream().filter(x -> x.rule().equals("table.column-sum")).findFirst().orElseThrow();
        assertEquals("layout", sum.origin());
        assertEquals(4, sum.result().provenance().row());
        assertTrue(table(r).isEmpty(), table(r).toString());
    }

    @Test
    void wrongTotalIsAnErrorWithBothSidesAndTheIdentitiesItBreaks() throws Exception {
        List<Finding> f = table(extracted(table1("10,626.67")));
        Finding sum = f.stream().filter(x -> x.rule().equals("table.column-sum")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, sum.severity());
        assertEquals(0, new BigDecimal("-0.48").compareTo(sum.difference()));
        assertEquals(4, sum.evidence().size());
        assertEquals("total", sum.evidence().get(0).role());
        assertEquals(4, sum.evidence().get(0).provenance().row());
        assertEquals(5, sum.evidence().get(0).provenance().col());
        assertTrue(sum.messageZh().contains("全年预算") && sum.messageZh().contains("top-level rows"), sum.messageZh());
        // 10,050.88 + 576.29 ≠ 10,626.67 and 10,626.67 − 10,153.43 ≠ 473.74
        assertEquals(2, f.stream().filter(x -> x.rule().equals("table.budget-identity")).count(), f.toString());
    }

    @Test
    void swappedTotalsGiveOneFinding() throws Exception {
        Table t = Fixtures.table("t2", "表3项目支出明细表", "单位：万元",
                new String[] {"序号", "项目明细", "上年结转", "年初预算", "本年调整", "预算资金", "决算支出"},
                new String[] {"1", "a", "44.09", "", "", "44.09", "44.09"},
                new String[] {"2", "b", "", "2.00", "36.00", "38.00", "38.00"},
                new String[] {"3", "c", "", "10.00", "", "10.00", "9.00"},
                new String[] {"合计", "", "44.09", "36.00", "12.00", "92.09", "91.09"});
        List<Finding> f = table(extracted(t)).stream().filter(x -> x.rule().equals("table.column-sum")).toList();
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).messageZh().contains("互换"), f.get(0).messageZh());
    }

    @Test
    void whereofRowsAreNotAddends() throws Exception {
        Table t = Fixtures.table("t5", "表1基本支出资金明细表", "单位：万元",
                new String[] {"项目", "2024年预算数", "2024年决算数"},
                new String[] {"合计", "58", "39.76"},
                new String[] {"1、公务用车购置和维护经费", "28", "22.68"},
                new String[] {"其中：公车运行维护", "28", "22.68"},
                new String[] {"2、出国经费", "", ""},
                new String[] {"3、公务接待", "30", "17.08"});
        Report r = extracted(t);
        assertFalse(r.relations().isEmpty());
        assertTrue(table(r).isEmpty(), table(r).toString());
    }

    @Test
    void classificationCodesNestRowsAndAKuanThatIsNotTheSumOfItsXiangFires() throws Exception {
        Table ok = codes("13,641.34");
        assertTrue(table(extracted(ok)).isEmpty(), table(extracted(ok)).toString());
        List<Finding> f = table(extracted(codes("13,614.34")));
        // the 款 against its 项, and (the same wrong figure) the 类 against its 款
        assertEquals(2, f.stream().filter(x -> x.rule().equals("table.subtotal")).count(), f.toString());
        Finding sub = f.stream().filter(x -> x.rule().equals("table.subtotal")
                && x.evidence().get(0).provenance().row() == 3).findFirst().orElseThrow();
        assertTrue(sub.messageZh().contains("classification codes"), sub.messageZh());
        assertEquals(3, sub.evidence().get(0).provenance().row());
    }

    private static Table codes(String kuan) {
        return Fixtures.table("t4", "五、财政拨款支出预算表", "单位：万元",
                new String[] {"功能科目代码", "功能科目名称", "金额"},
                new String[] {"", "合计", "13,641.34"},
                new String[] {"204", "公共安全支出", "13,641.34"},
                new String[] {"20404", "检察", kuan},
                new String[] {"2040401", "行政运行", "7,968.14"},
                new String[] {"2040402", "一般行政管理事务", "5,673.20"});
    }

    @Test
    void aSubtotalColumnIsTheSumOfItsGroupAndTheTableTotalIncludesMeetingsAndTraining() throws Exception {
        Report ok = extracted(sangong("317.80"));
        assertTrue(ok.relations().stream().anyMatch(x -> x.rule().equals("table.row-sum")), ok.relations().toString());
        assertTrue(table(ok).isEmpty(), table(ok).toString());
        // the 三公 table's 合计 is not the department total, and 三公 小计 is 三公
        assertTrue(ok.facts().stream().noneMatch(x -> "total".equals(x.scope())), ok.facts().toString());
        assertTrue(ok.facts().stream().anyMatch(x -> "sangong".equals(x.scope())
                && x.quantity().value().compareTo(new BigDecimal("584.35")) == 0), ok.facts().toString());
        List<Finding> f = table(extracted(sangong("371.80")));
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("table.row-sum")), f.toString());
    }

    private static Table sangong(String vehicle) {
        return new Table("t10", "十一、一般公共预算“三公”经费、会议费、培训费支出预算表", "单位：万元", List.of(16), List.of(),
                "test", 4, 9, List.of(
                cell(0, 0, 3, 1, "合计"), cell(0, 1, 1, 6, "“三公”经费"), cell(0, 7, 3, 1, "会议费"), cell(0, 8, 3, 1, "培训费"),
                cell(1, 1, 2, 1, "小计"), cell(1, 2, 2, 1, "因公出国（境）费"), cell(1, 3, 1, 3, "公务用车购置及运行维护费"),
                cell(1, 6, 2, 1, "公务接待费"), cell(2, 3, 1, 1, "小计"), cell(2, 4, 1, 1, "公务用车购置费"),
                cell(2, 5, 1, 1, "公务用车运行维护费"),
                cell(3, 0, 1, 1, "1,452.35"), cell(3, 1, 1, 1, "584.35"), cell(3, 2, 1, 1, "110.00"), cell(3, 3, 1, 1, vehicle),
                cell(3, 4, 1, 1, "50.00"), cell(3, 5, 1, 1, "267.80"), cell(3, 6, 1, 1, "156.55"), cell(3, 7, 1, 1, "168.00"),
                cell(3, 8, 1, 1, "700.00")), null);
    }

    private static org.jixiao.model.Cell cell(int r, int c, int rs, int cs, String text) {
        return new org.jixiao.model.Cell(r, c, rs, cs, text, null,
                org.jixiao.model.Provenance.ofCell(Fixtures.RID, "t10", r, c, 16, "test"));
    }

    @Test
    void aRateColumnIsTheActualOverTheBudget() throws Exception {
        assertTrue(table(extracted(sheet("86.60%"))).isEmpty());
        List<Finding> f = table(extracted(sheet("88.60%")));
        assertEquals(1, f.size(), f.toString());
        assertEquals("table.rate", f.get(0).rule());
        assertEquals(5, f.get(0).evidence().get(0).provenance().col());
    }

    private static Table sheet(String rate) {
        return Fixtures.table("t1", "2024年度部门整体支出绩效自评表", "单位：万元",
                new String[] {"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
                new String[] {"年度资金总额", "24,939.80", "30,996.40", "26,842.05", "10", rate, "8.66"});
    }
}
