package org.jixiao.check.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.check.RuleTally;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;
import org.jixiao.model.TableLayout;
import org.jixiao.extract.figures.layout.TableKinds;
import org.junit.jupiter.api.Test;

/**
 * The nine tables of a 上海市普陀区 2025 部门预算, captions as printed (上海市普陀区商务委员会25年预算.pdf),
 * each with the table kind extract's {@link TableKinds} gives its caption: the rule reads kinds only.
 */
class RequiredTablesRuleTest {
    private static final List<String> CAPTIONS = List.of("2025年部门财务收支预算总表", "2025年部门收入预算总表",
            "2025年部门支出预算总表", "2025年部门财政拨款收支预算总表", "2025年部门一般公共预算支出功能分类预算表",
            "2025年部门政府性基金预算支出功能分类预算表", "2025年部门国有资本经营预算支出功能分类预算表",
            "2025年部门一般公共预算基本支出部门预算经济分类预算表", "2025年部门“三公”经费和机关运行经费预算表");

    private static final TableKinds KINDS = TableKinds.load();

    private static Report budget(List<String> captions) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < captions.size(); i++) {
            Table t = Fixtures.table("t" + i, captions.get(i), "单位：元", new String[] {"项目", "金额"});
            String kind = captions.get(i) == null ? null
                    : KINDS.match(captions.get(i)).map(m -> m.kind().id()).orElse(null);
            tables.add(t.withLayout(new TableLayout(kind, "caption", null, List.of(), List.of(0), List.of(), List.of())));
        }
        Report r = Fixtures.report(2025, tables, List.of(), List.of(), "x");
        return r.withMeta(new ReportMeta("上海市普陀区商务委员会", "上海市普陀区", "county", 2025, "budget",
                "上海市普陀区2025年区级部门预算", null, null, null));
    }

    @Test
    void allNineArePrinted() {
        RuleTally t = new RuleTally();
        assertEquals(List.of(), new RequiredTablesRule().check(budget(CAPTIONS), t));
        assertEquals(9, t.held());
    }

    @Test
    void aMissingTableIsNamed() {
        List<Finding> f = new RequiredTablesRule().check(budget(CAPTIONS.subList(0, 8)), new RuleTally());
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).messageZh().contains("“三公”经费和机关运行经费预算表"), f.get(0).messageZh());
    }

    @Test
    void anUncaptionedTableMayBeTheMissingOne() {
        List<String> c = new ArrayList<>(CAPTIONS.subList(0, 8));
        c.add(null);
        RuleTally t = new RuleTally();
        assertEquals(List.of(), new RequiredTablesRule().check(budget(c), t));
        assertEquals(1, t.notEvaluated());
    }

    @Test
    void aTableOfAKindTheListLacksMayBeTheMissingOne() {
        List<String> c = new ArrayList<>(CAPTIONS.subList(0, 8));
        c.add("2025年部门项目支出绩效目标表");
        RuleTally t = new RuleTally();
        assertEquals(List.of(), new RequiredTablesRule().check(budget(c), t));
        assertEquals(java.util.Map.of("tables of no required kind", 1L), t.reasons());
    }

    @Test
    void everyKindTheListsNameIsOneExtractDecides() {
        for (RequiredTablesRule.Required r : RequiredTablesRule.load()) {
            for (String k : r.tableKinds()) {
                assertTrue(KINDS.byId(k).isPresent(), r.region() + " " + r.name() + ": no table kind " + k);
            }
        }
        assertEquals(30, RequiredTablesRule.load().size());
    }

    @Test
    void aRegionWithoutAListIsNotEvaluated() {
        Report r = budget(CAPTIONS).withMeta(new ReportMeta("湖南省人力资源和社会保障厅", "湖南省", "province", 2025, "budget",
                "t", null, null, null));
        RuleTally t = new RuleTally();
        assertEquals(List.of(), new RequiredTablesRule().check(r, t));
        assertEquals(java.util.Map.of("no list of standard tables for this region and kind", 1L), t.reasons());
    }
}
