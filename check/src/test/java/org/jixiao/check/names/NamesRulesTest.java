package org.jixiao.check.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.check.RuleTally;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

/** Names rules on sentences and tables printed in the corpus. */
class NamesRulesTest {
    private static Report titled(String title, int year, List<Table> tables, String... paragraphs) {
        Report r = Fixtures.report(year, tables, List.of(), List.of(), paragraphs);
        return r.withMeta(new ReportMeta("上海市普陀区财政局", "上海市", "district", year, "budget", title, null, null, null));
    }

    @Test
    void aDepartmentBudgetSpeakingAsAUnit() {
        // 上海市普陀区财政局部门25年预算.pdf
        String p1 = "2025年度本单位政府采购预算117.00万元，其中：政府采购货物预算17.00万元。";
        List<Finding> f = new ReportKindRule().check(titled("上海市普陀区2025年区级部门预算", 2025, List.of(), p1), new RuleTally());
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).evidence().get(0).context().contains("2025年度本单位政府采购预算117.00万元"));
        // 上海市普陀区商务委员会25年预算.pdf says 本部门, as a department budget should
        assertEquals(List.of(), new ReportKindRule().check(titled("上海市普陀区2025年区级部门预算", 2025, List.of(),
                "2025年度本部门政府采购预算38.20万元。"), new RuleTally()));
    }

    @Test
    void aUnitBudgetSpeakingAsTheDepartment() {
        // 上海市财政局25年预算.pdf (上海市2025年市级单位预算)
        String p = "2025年部门预算安排购置车辆0辆，其中：部级领导干部用车0辆。";
        List<Finding> f = new ReportKindRule().check(titled("上海市2025年市级单位预算", 2025, List.of(), p), new RuleTally());
        assertEquals(1, f.size());
        assertTrue(f.get(0).evidence().get(0).context().contains("2025年部门预算安排购置车辆0辆"));
        // 部门预算经济分类 is the classification's name, not the report's kind (上海市普陀区商务委员会单位25年预算.pdf)
        assertEquals(List.of(), new ReportKindRule().check(titled("上海市普陀区2025年区级单位预算", 2025, List.of(),
                "8．2025年预算单位一般公共预算基本支出部门预算经济分类预算表", "2025年度本单位政府采购预算38.20万元。"),
                new RuleTally()));
        RuleTally t = new RuleTally();
        assertEquals(List.of(), new ReportKindRule().check(titled("2025年度部门整体支出绩效自评报告", 2025, List.of(), p), t));
        assertEquals(1, t.notEvaluated());
    }

    @Test
    void theTemplateOfAnotherLevel() {
        // 上海市普陀区人民政府万里街道办事处24年预算.pdf (the 2023 and 2025 reports say 区级)
        String wrong = "（一）财政拨款收入：是市级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款。";
        List<Finding> f = new LevelRule().check(titled("上海市普陀区2024年区级部门预算", 2024, List.of(), wrong), new RuleTally());
        assertEquals(1, f.size());
        assertTrue(f.get(0).evidence().get(0).context().contains("是市级预算主管部门及所属预算单位"));
        String right = "（一）财政拨款收入：是区级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款。";
        assertEquals(List.of(), new LevelRule().check(titled("上海市普陀区2025年区级部门预算", 2025, List.of(), right),
                new RuleTally()));
        // 上海市财政局25年预算.pdf is 市级 and says 市级
        assertEquals(List.of(), new LevelRule().check(titled("上海市2025年市级单位预算", 2025, List.of(),
                wrong.replace("区级", "市级")), new RuleTally()));
    }

    @Test
    void subjectsUnderTheirNameBeforeTheReform() {
        // 江苏省政协办公厅2019年预算公开表.pdf, 收支预算总表
        Table t = Fixtures.table("t0", "收支预算总表", "单位：万元", new String[] {"收入", "", "支出", ""},
                new String[] {"", "", "九、医疗卫生与计划生育支出", "263.38"});
        List<Finding> f = new RenamedSubjectRule().check(titled("江苏省政协办公厅2019年部门预算", 2019, List.of(t)),
                new RuleTally());
        assertEquals(1, f.size(), f.toString());
        assertEquals("t0", f.get(0).evidence().get(0).provenance().tableId());
        assertTrue(f.get(0).messageZh().contains("「医疗卫生与计划生育支出」（210，2019 年起为「卫生健康支出」）"), f.get(0).messageZh());
        // 上海市普陀区社会福利院24年单位预算.pdf, in the text
        assertEquals(1, new RenamedSubjectRule().check(titled("上海市普陀区社会福利院2024年单位预算", 2024, List.of(),
                "5.“医疗卫生与计划生育支出（类）行政事业单位医疗（款）事业单位医疗（项）”20.56万元。"), new RuleTally()).size());
        // the same name in a 2018 report, or dated before the reform in a later one, is right
        assertEquals(List.of(), new RenamedSubjectRule().check(titled("江苏省政协办公厅2018年部门预算", 2018, List.of(t)),
                new RuleTally()));
        assertEquals(List.of(), new RenamedSubjectRule().check(titled("2019年部门预算", 2019, List.of(),
                "2018年医疗卫生与计划生育支出决算263.38万元。", "卫生健康支出263.38万元。"), new RuleTally()));
    }
}
