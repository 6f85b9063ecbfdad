package org.jixiao.extract.figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.TableUnits;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.extract.figures.layout.LayoutReader;
import org.jixiao.extract.figures.layout.LayoutStage;
import org.jixiao.extract.figures.layout.TableKinds;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

/**
 * A row's scope inside a table whose kind has another scope: the table kind decides what its rows are
 * parts of (a 政府采购 table's 公务用车运行维护费 is bought through procurement; a 基本支出 table's 30217
 * 公务接待费 is an economic subject), and a header's year and phase do not hide the scope it names.
 */
class TableKindScopeTest {
    private final NumberReader numbers = new NumberReader();
    private final Vocabulary vocabulary = Vocabulary.load();
    private final LayoutStage layouts = new LayoutStage(new LayoutReader(numbers, vocabulary, new TableUnits(),
            TableKinds.load()));
    private final TableFactStage facts = new TableFactStage(numbers, new TableUnits(), vocabulary, TableKinds.load());

    private List<Fact> run(Table t) throws Exception {
        Report r = TableFactStageTest.report(t);
        ReportMeta budget = new ReportMeta(null, null, null, 2018, "budget", null, null, null, null);
        r = new Report(r.id(), null, budget, r.blocks(), r.tables(), List.of(), List.of(), List.of(), List.of());
        ExtractContext ctx = new ExtractContext("rep", "x", "text/plain", ExtractLimits.defaults());
        return facts.apply(layouts.apply(r, ctx), ctx).facts();
    }

    private static Fact at(List<Fact> facts, int row, int col) {
        return facts.stream().filter(f -> f.provenance().row() == row && f.provenance().col() == col).findFirst()
                .orElseThrow(() -> new AssertionError("nothing at r" + row + "c" + col + " in\n"
                        + facts.stream().map(Fact::toString).collect(Collectors.joining("\n"))));
    }

    @Test
    void aSangongRowOfAProcurementTableIsAnItemOfProcurement() throws Exception {
        // 江苏省高级人民法院 2018 部门预算, 十二、政府采购预算表 (shortened)
        Table t = TableFactStageTest.table("t11", "十二、2018年江苏省高级人民法院政府采购预算表", "单位：万元", new String[][] {
                {"采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"},
                {"合计", "", "", "", "", "622.40"},
                {"一、服务C", "", "", "", "", "622.40"},
                {"", "交通运行费", "公务用车运行维护费", "", "", "151.40"},
                {"", "物业管理费", "物业管理费", "", "", "471.00"}});
        List<Fact> f = run(t);
        Fact total = at(f, 1, 5);
        assertEquals("procurement", total.scope());
        assertEquals("budget-final", total.phase());
        Fact car = at(f, 3, 5);
        assertEquals(new BigDecimal("151.40"), car.quantity().value());
        assertTrue(car.scope().startsWith("item:"), car.toString());
        assertTrue(car.basis().scope().contains("table-kind:budget.procurement"), car.basis().toString());
        assertEquals("t11r3c5", car.id());
    }

    @Test
    void anEconomicClassificationRowIsThatSubjectNotTheSangongFigure() throws Exception {
        // 江苏省高级人民法院 2018, 十一、一般公共预算机关运行经费支出预算表 (shortened)
        Table t = TableFactStageTest.table("t10", "十一、2018年度江苏省高级人民法院一般公共预算机关运行经费支出预算表", "单位：万元",
                new String[][] {
                        {"科目编码", "科目名称", "机关运行经费支出"},
                        {"", "合计", "365.75"},
                        {"302", "商品和服务支出", "365.75"},
                        {"30217", "公务接待费", "48.95"},
                        {"30231", "公务用车运行维护费", "266.80"},
                        {"30201", "办公费", "50.00"}});
        List<Fact> f = run(t);
        assertEquals("operation", at(f, 1, 2).scope());
        Fact reception = at(f, 3, 2);
        assertEquals("item:公务接待费", reception.scope());
        assertEquals("row:经济分类 30217 公务接待费", reception.basis().scope());
        assertEquals("item:公务用车运行维护费", at(f, 4, 2).scope());
        assertTrue(f.stream().noneMatch(x -> x.scope() != null && x.scope().startsWith("sangong")), f.toString());
    }

    @Test
    void aHeaderNamingItsYearAndPhaseStillNamesItsScope() throws Exception {
        // 上海市普陀区社会福利院 2024 单位预算, 单位“三公”经费和机关运行经费预算表
        Table t = TableFactStageTest.table("t8", "单位“三公”经费和机关运行经费预算表", "单位:万元", new String[][] {
                {"2024年“三公”经费预算数", "", "", "", "", "", "2024年机关运行经费预算数"},
                {"合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "", "", ""},
                {"", "", "", "小计", "购置费", "运行费", ""},
                {"6.4", "0", "0", "6.4", "", "6.4", "0"}});
        List<Fact> f = run(t);
        Fact operation = at(f, 3, 6);
        assertEquals("operation", operation.scope());
        assertEquals("budget-final", operation.phase());
        assertEquals("2024", operation.period());
        assertEquals("sangong.reception", at(f, 3, 2).scope());
    }
}
