package org.jixiao.extract.figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jixiao.extract.figures.layout.TableKinds;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.TableUnits;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Cell;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

class TableFactStageTest {
    private final TableFactStage stage = new TableFactStage(new NumberReader(), new TableUnits(), Vocabulary.load(), TableKinds.load());

    /** A table from rows of cell texts; "" cells are kept, spans are not used. */
    static Table table(String id, String caption, String unitLine, String[][] rows) {
        List<Cell> cells = new ArrayList<>();
        int cols = 0;
        for (int r = 0; r < rows.length; r++) {
            cols = Math.max(cols, rows[r].length);
            for (int c = 0; c < rows[r].length; c++) {
                cells.add(Cell.of(r, c, rows[r][c], Provenance.ofCell("rep", id, r, c, 3, "docx")));
            }
        }
        return new Table(id, caption, unitLine, List.of(3), List.of(), "docx", rows.length, cols, cells,
                Provenance.ofBlock("rep", "b1", 3, "docx"));
    }

    static Report report(Table... tables) {
        List<Block> blocks = new ArrayList<>();
        for (Table t : tables) {
            blocks.add(new Block("b" + blocks.size(), BlockType.TABLE, "", -1, null, List.of(), t.id(), null));
        }
        ReportMeta meta = new ReportMeta(null, null, null, 2025, "selfeval-report", null, null, null, null);
        return new Report("rep", null, meta, blocks, List.of(tables), List.of(), List.of(), List.of(), List.of());
    }

    private List<Fact> run(Table... tables) throws Exception {
        Report r = report(tables);
        return stage.apply(r, new ExtractContext("rep", "x", "text/plain", ExtractLimits.defaults())).facts();
    }

    private static Fact find(List<Fact> facts, String scope, String phase) {
        return facts.stream().filter(f -> scope.equals(f.scope()) && phase.equals(f.phase())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + scope + "/" + phase + " in\n"
                        + facts.stream().map(Fact::toString).collect(Collectors.joining("\n"))));
    }

    @Test
    void unitRowsAndTotalRowGetPhasesFromHeadersAndScopeFromCaption() throws Exception {
        Table t = table("t0", "表1基本支出资金明细表", "单位：万元", new String[][] {
                {"序号", "单位名称", "上年结转", "年初预算", "本年调整", "全年预算", "决算支出", "结转结余"},
                {"1", "甲单位", "-", "7,011.00", "320.31", "7,331.31", "7,213.19", "118.12"},
                {"2", "乙单位", "", "1,568.61", "200.71", "1,769.32", "1,768.32", "1.00"},
                {"合  计", "", "", "8,579.61", "521.02", "9,100.63", "8,981.51", "119.12"}});
        List<Fact> facts = run(t);
        // 5 numbers in each of 3 rows; "-" and blank are nothing printed, not zero
        assertEquals(15, facts.size(), facts.toString());
        Fact a = facts.get(0);
        assertEquals("unit:甲单位", a.scope());
        assertEquals("甲单位", a.subject());
        assertEquals("budget-initial", a.phase());
        assertEquals("amount", a.measure());
        assertEquals("2025", a.period());
        assertEquals(Unit.WAN_YUAN, a.quantity().unit());
        assertEquals(new BigDecimal("7011.00"), a.quantity().value());
        assertEquals("t0", a.provenance().tableId());
        assertEquals(1, a.provenance().row());
        assertEquals(3, a.provenance().col());
        assertEquals(3, a.provenance().page());
        Fact total = find(facts, "basic", "budget-final");
        assertEquals(new BigDecimal("9100.63"), total.quantity().value());
        assertEquals(3, total.provenance().row());
        assertEquals(5, total.provenance().col());
        assertTrue(facts.stream().noneMatch(f -> "carryover-begin".equals(f.phase())));
    }

    @Test
    void cellsGetTheirQuantities() throws Exception {
        Table t = table("t0", "表2项目支出资金明细表", "单位：万元", new String[][] {
                {"序号", "单位名称", "全年预算", "决算支出"},
                {"1", "甲", "10.50", "—"}});
        Report out = stage.apply(report(t), new ExtractContext("rep", "x", "text/plain", ExtractLimits.defaults()));
        Table read = out.tables().get(0);
        assertEquals(new BigDecimal("10.50"), read.cellAt(1, 2).orElseThrow().quantity().value());
        assertNull(read.cellAt(1, 3).orElseThrow().quantity());
        assertNull(read.cellAt(1, 0).orElseThrow().quantity(), "a row number is not a figure");
    }

    @Test
    void multiRowHeaderAndPlainBudgetBesideAdjustedBudget() throws Exception {
        Table t = table("t5", "2024年工伤保险基金预算支出情况表", "单位：亿元", new String[][] {
                {"项目", "2024年预算数", "2024年调整后预算数", "2024年实际执行数", "预算执行进度"},
                {"", "", "", "", "(%)"},
                {"一、期初余额", "83.375", "83.375", "83.375", "100.00%"},
                {"      1.工伤保险费收入", "47.490", "47.490", "47.738", "100.52%"},
                {"四、当期收支结余", "-4.123", "-4.123", "-3.843", "93.20%"},
                {"五、期末滚存结余", "79.251", "79.251", "75.588", "95.38%"}});
        List<Fact> facts = run(t);
        Fact end = facts.stream().filter(f -> "balance-end".equals(f.measure()) && "actual".equals(f.phase()))
                .findFirst().orElseThrow();
        assertEquals("fund:injury", end.scope());
        assertEquals(new BigDecimal("75.588"), end.quantity().value());
        assertEquals(3, end.quantity().decimals());
        assertEquals(Unit.YI_YUAN, end.quantity().unit());
        assertEquals("2024", end.period());
        Fact begin = facts.stream().filter(f -> "balance-begin".equals(f.measure()) && "budget-initial".equals(f.phase()))
                .findFirst().orElseThrow();
        assertEquals(1, begin.provenance().col());
        assertTrue(facts.stream().anyMatch(f -> "balance-begin".equals(f.measure()) && "budget-final".equals(f.phase())));
        Fact rate = facts.stream().filter(f -> "income.premium".equals(f.measure()) && "rate".equals(f.phase()))
                .findFirst().orElseThrow();
        assertEquals(Unit.PERCENT, rate.quantity().unit());
        Fact surplus = facts.stream().filter(f -> "surplus".equals(f.measure()) && "actual".equals(f.phase()))
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("-3.843"), surplus.quantity().value());
    }

    @Test
    void headerRowsMidwayAndUnitsInHeaderCells() throws Exception {
        Table t = table("t0", "2024年度部门整体支出绩效评价基础数据表", null, new String[][] {
                {"财政供养人员情况", "编制数", "2024年实际在职人数", "控制率"},
                {"", "95", "95", "100.00%"},
                {"经费控制情况(万元)", "2023年决算数", "2024年预算数", "2024年决算数"},
                {"三公经费", "48.59", "58", "39.76"},
                {"其中：公车购置", "19.57", "", ""},
                {"3、公务接待", "19.13", "30", "17.08"}});
        List<Fact> facts = run(t);
        Fact staff = facts.stream().filter(f -> "staff.authorized".equals(f.scope())).findFirst().orElseThrow();
        assertEquals(Unit.PERSON, staff.quantity().unit());
        assertEquals("count", staff.measure());
        Fact sangong = find(facts, "sangong", "budget-final");
        assertEquals(new BigDecimal("58"), sangong.quantity().value());
        assertEquals(Unit.WAN_YUAN, sangong.quantity().unit());
        assertEquals("2024", sangong.period());
        Fact prior = find(facts, "sangong", "actual");
        assertEquals("2023", prior.period());
        assertEquals(new BigDecimal("19.57"), find(facts, "sangong.vehicle.purchase", "actual").quantity().value());
        assertEquals(new BigDecimal("30"), find(facts, "sangong.reception", "budget-final").quantity().value());
    }

    @Test
    void scoreSheetMoneyRowGivesFactsButIndicatorColumnsDoNot() throws Exception {
        Table t = table("t1", "2024年度部门整体支出绩效自评表", null, new String[][] {
                {"年度预算申请(万元)", "", "年初预算数(万元)", "全年预算数（万元）", "全年执行数（万元）", "分值", "执行率", "得分"},
                {"", "年度资金总额：", "2123.42", "5260.65", "4624.56", "10", "87.90%", "8.79"}});
        Report out = stage.apply(report(t), new ExtractContext("rep", "x", "text/plain", ExtractLimits.defaults()));
        List<Fact> facts = out.facts();
        assertEquals(4, facts.size(), facts.toString());
        assertEquals(new BigDecimal("5260.65"), find(facts, "total", "budget-final").quantity().value());
        assertEquals(new BigDecimal("4624.56"), find(facts, "total", "actual").quantity().value());
        Fact rate = find(facts, "total", "rate");
        assertEquals("rate", rate.measure());
        assertEquals(new BigDecimal("87.90"), rate.quantity().value());
        Cell weight = out.tables().get(0).cellAt(1, 5).orElseThrow();
        assertNotNull(weight.quantity());
        assertEquals(Unit.POINT, weight.quantity().unit());
    }

    @Test
    void aTextRowEndsTheHeaderAndNumbersTakeTheLabelToTheirLeft() throws Exception {
        Table t = table("t1", null, null, new String[][] {
                {"年度预算申请(万元)", "", "年初预算数", "全年预算数", "全年执行数"},
                {"", "年度资金总额：", "2123.42", "5260.65", "4624.56"},
                {"", "按收入性质分：", "按支出性质分："},
                {"", "一般公共预算：", "4612.81", "其中:基本支出：", "2830.85"}});
        List<Fact> facts = run(t);
        Fact basic = facts.stream().filter(f -> "basic".equals(f.scope())).findFirst().orElseThrow();
        assertEquals(new BigDecimal("2830.85"), basic.quantity().value());
        assertNull(basic.phase(), "no column header applies after 按支出性质分");
        assertEquals(Unit.WAN_YUAN, basic.quantity().unit(), "the group's unit still applies");
        assertEquals(4, basic.provenance().col());
    }
}
