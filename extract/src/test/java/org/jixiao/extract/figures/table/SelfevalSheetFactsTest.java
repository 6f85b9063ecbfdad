package org.jixiao.extract.figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.jixiao.extract.figures.layout.TableKinds;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.TableUnits;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.extract.figures.layout.LayoutReader;
import org.jixiao.extract.figures.layout.LayoutStage;
import org.jixiao.extract.figures.score.ScoreSheetStage;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * The tables of a self-evaluation (湖南省人社厅 2024 附件, 益阳市人社局 2024): the staff control rate of a
 * 基础数据表, the indicator band of a score sheet, the 年度资金总额 row of a fund's sheet whose header is
 * broken over lines, and a fund statement whose empty rows (- | - | -) do not end its header.
 */
class SelfevalSheetFactsTest {
    private final NumberReader numbers = new NumberReader();
    private final Vocabulary vocabulary = Vocabulary.load();
    private final LayoutStage layouts = new LayoutStage(new LayoutReader(numbers, vocabulary, new TableUnits(),
            org.jixiao.extract.figures.layout.TableKinds.load()));
    private final TableFactStage tables = new TableFactStage(numbers, new TableUnits(), vocabulary, TableKinds.load());
    private final ScoreSheetStage sheets = new ScoreSheetStage(numbers, vocabulary);

    private List<Fact> run(Table t) throws Exception {
        Report r = TableFactStageTest.report(t);
        ExtractContext ctx = new ExtractContext("rep", "x", "text/plain", ExtractLimits.defaults());
        return sheets.apply(tables.apply(layouts.apply(r, ctx), ctx), ctx).facts();
    }

    private static List<Fact> at(List<Fact> facts, int row, int col) {
        return facts.stream().filter(f -> f.provenance().row() != null && f.provenance().row() == row
                && f.provenance().col() == col).toList();
    }

    private static String dump(List<Fact> facts) {
        return facts.stream().map(Fact::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void theControlRateBesideTheStaffCountsIsTheRateOfTheStaffInPost() throws Exception {
        Table t = TableFactStageTest.table("t0", "2024年度部门整体支出绩效评价基础数据表", null, new String[][] {
                {"财政供养人员情况", "编制数", "2024年实际在职人数", "控制率"},
                {"", "95", "95", "100.00%"}});
        List<Fact> f = run(t);
        Fact rate = at(f, 1, 3).get(0);
        assertEquals("staff.actual", rate.scope(), dump(f));
        assertEquals("rate", rate.measure());
        assertEquals("rate", rate.phase());
        assertTrue(rate.basis().scope().contains("编制数"), rate.basis().toString());
        assertEquals("staff.authorized", at(f, 1, 1).get(0).scope());
    }

    @Test
    void aDepartmentSheetsRateIndicatorIsAFactAndItsOtherIndicatorsAreNone() throws Exception {
        Table t = TableFactStageTest.table("t1", "2024年度部门整体支出绩效自评表", null, new String[][] {
                {"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
                {"年度资金总额", "2123.42", "5260.65", "4624.56", "10", "87.90%", "8.79"},
                {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
                {"产出指标", "成本指标", "三公经费控制率", "≤100%", "68.55%", "20", "20"},
                {"", "质量指标", "劳动人事争议仲裁结案率", "≥90%", "95%", "5", "5"},
                {"总分", "", "", "", "", "100", "98.79"}});
        List<Fact> f = run(t);
        Fact sangong = at(f, 3, 4).stream().filter(x -> "sangong".equals(x.scope())).findFirst()
                .orElseThrow(() -> new AssertionError(dump(f)));
        assertEquals(new BigDecimal("68.55"), sangong.quantity().value());
        assertEquals(Unit.PERCENT, sangong.quantity().unit());
        assertEquals("rate", sangong.phase());
        assertEquals("t1r3c4", sangong.id());
        assertEquals("indicator:三公经费控制率 on the department's score sheet", sangong.basis().scope());
        // targets, weights and other indicators' values are no facts; the money row above still is
        assertTrue(at(f, 3, 3).isEmpty() && at(f, 4, 4).isEmpty() && at(f, 3, 5).isEmpty(), dump(f));
        assertEquals("total", at(f, 1, 3).get(0).scope());
        assertEquals("actual", at(f, 1, 3).get(0).phase());
        assertTrue(f.stream().noneMatch(x -> "weight".equals(x.measure()) && "total".equals(x.scope())),
                "the 分值 of 总分 is the sheet's scale, not a department total");
    }

    @Test
    void aFundSheetsMoneyRowIsReadInTheTemplatesOrderWhenItsHeaderIsBroken() throws Exception {
        // 附件8 工伤保险基金支出绩效自评表 as PDF text: 年初/全年/全年 over 分值/执行率/得分 over 预算数/预算数/执行数
        Table t = TableFactStageTest.table("t7", "工伤保险基金支出绩效自评表", null, new String[][] {
                {"主管部门", "湖南省人力资源和社会保障厅", "实施单位", "湖南省社会保险服务中心", "项目资金（亿元）"},
                {"年初", "全年", "全年"},
                {"分值", "执行率", "得分"},
                {"预算数", "预算数", "执行数"},
                {"年度资金总额", "53.82", "53.82", "53.6", "10", "99.59%", "9.96"}});
        List<Fact> f = run(t);
        List<Fact> row = at(f, 4, 1);
        assertEquals(1, row.size(), dump(f));
        Fact initial = row.get(0);
        assertEquals("fund:injury", initial.scope());
        assertEquals("expense", initial.measure());
        assertEquals("budget-initial", initial.phase());
        assertEquals(Unit.YI_YUAN, initial.quantity().unit());
        assertEquals("budget-final", at(f, 4, 2).get(0).phase());
        assertEquals("actual", at(f, 4, 3).get(0).phase());
        Fact rate = at(f, 4, 5).get(0);
        assertEquals("rate", rate.measure());
        assertEquals("fund:injury", rate.scope());
        assertTrue(rate.basis().phase().startsWith("template:"), rate.basis().toString());
        assertTrue(at(f, 4, 4).isEmpty() && at(f, 4, 6).isEmpty(), "分值 and 得分 are the indicator's");
    }

    @Test
    void anEmptyRowOfAFundStatementDoesNotEndItsHeader() throws Exception {
        Table t = TableFactStageTest.table("t11", "2024年工伤保险基金预算支出情况表", "单位：亿元", new String[][] {
                {"项目", "2024年预算数", "2024年调整后预算数", "2024年实际执行数"},
                {"二、收入合计", "49.699", "49.699", "49.757"},
                {"（二）上级补助收入", "-", "-", "-"},
                {"三、支出合计", "53.822", "53.822", "53.600"}});
        List<Fact> f = run(t);
        List<String> phases = List.of(at(f, 3, 1).get(0).phase(), at(f, 3, 2).get(0).phase(), at(f, 3, 3).get(0).phase());
        assertEquals(List.of("budget-initial", "budget-final", "actual"), phases, dump(f));
        assertEquals("fund:injury", at(f, 3, 3).get(0).scope());
        assertEquals("expense", at(f, 3, 3).get(0).measure());
    }
}
