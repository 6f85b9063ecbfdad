package org.jixiao.check.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.check.relation.RelationRuleTest;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Section;
import org.jixiao.model.Severity;
import org.junit.jupiter.api.Test;

class DocRulesTest {
    @Test
    void aTableOfAnotherYearAndAComparisonWithTheSameYearFire() {
        Report r = Fixtures.report(2024, List.of(Fixtures.table("t9", "2023年度项目支出绩效自评表", null,
                        new String[] {"a", "1", "2"}), Fixtures.table("t10", "2024年度项目支出绩效自评表", null,
                        new String[] {"a", "1", "2"})), List.of(), List.of(),
                "2024年收入预算100万元，与2024年相比增加5万元。", "2024年支出80万元，与2023年相比减少3万元。");
        List<Finding> f = new YearRule().check(r);
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.ERROR));
        assertTrue(f.stream().anyMatch(x -> x.evidence().get(0).provenance() != null
                && "b0".equals(x.evidence().get(0).provenance().blockId())));
    }

    @Test
    void aTableWhoseColumnsAreAllOfAnotherYear() throws Exception {
        String[] head = {"项目", "2023年年初预算数", "2023年调整后预算数", "累计执行数"};
        String[] row = {"一、期初余额", "86.21", "86.21", "85.53"};
        // the columns' years are the layout's, read by extract
        Report bad = RelationRuleTest.extractedKeepingMeta(Fixtures.report(2024, List.of(Fixtures.table("t13", "2024年城乡居民社会养老保险基金预算支出情况表", "单位：亿元",
                head, row)), List.of(), List.of()));
        List<Finding> f = new YearRule().check(bad);
        assertEquals(1, f.size(), f.toString());
        // every dated header is named, with its cell
        assertTrue(f.get(0).messageZh().contains("「2023年年初预算数」「2023年调整后预算数」"), f.get(0).messageZh());
        assertEquals(2, f.get(0).evidence().size());
        assertEquals(2, f.get(0).evidence().get(1).provenance().col());
        String[] mixed = {"项目", "2023年决算数", "2024年预算数", "2024年决算数"};
        Report ok = RelationRuleTest.extractedKeepingMeta(Fixtures.report(2024, List.of(Fixtures.table("t0", "2024年度部门整体支出绩效评价基础数据表", null,
                mixed, new String[] {"三公经费", "48.59", "58", "39.76"})), List.of(), List.of()));
        assertTrue(new YearRule().check(ok).isEmpty());
    }

    @Test
    void withoutAFiscalYearTheYearRuleSaysSo() {
        Report r = Fixtures.report(null, List.of(), List.of(), List.of(), "x");
        assertEquals(Severity.NOT_EVALUATED, new YearRule().check(r).get(0).severity());
    }

    /** A section numbered as extract reads its heading. */
    private static Section s(String n, String title, Section... children) {
        var c = new org.jixiao.extract.structure.HeadingRecognizer().recognize(n + title).orElseThrow();
        return new Section(n, title, 1, "b1", List.of(children), c.ordinal(), c.template());
    }

    @Test
    void numberingGapsAreFoundAtEveryLevel() {
        List<Section> ok = List.of(s("一、", "a", s("（一）", "x"), s("（二）", "y")), s("二、", "b"), s("十、", "c"));
        assertEquals(1, run(ok).size()); // 二 then 十
        List<Section> good = List.of(s("一、", "a", s("（一）", "x"), s("（二）", "y")), s("二、", "b"), s("三、", "c"));
        assertTrue(run(good).isEmpty());
        List<Section> gap = List.of(s("1、", "a", s("（一）", "x"), s("（三）", "y")), s("2、", "b"));
        assertEquals(1, run(gap).size());
        assertEquals(Severity.WARNING, run(gap).get(0).severity());
    }

    private static List<Finding> run(List<Section> sections) {
        Report base = Fixtures.report(List.of(), "x");
        Report r = new Report(base.id(), null, base.meta(), base.blocks(), List.of(), sections, List.of(), List.of(), List.of());
        return new SectionNumberingRule().check(r);
    }

    @Test
    void aHeadingTheSectionTreeMissedIsNoGap() {
        List<Section> tree = List.of(s("一、", "a"), s("二、", "b"), s("四、", "c"));
        Report base = Fixtures.report(List.of(), "三、一般公共预算“三公”经费、会议费、培训费支出预算");
        Report r = new Report(base.id(), null, base.meta(), base.blocks(), List.of(), tree, List.of(), List.of(), List.of());
        assertTrue(new SectionNumberingRule().check(r).isEmpty());
        assertEquals("二十一", SectionNumberingRule.chineseNumeral(21));
        assertEquals("十", SectionNumberingRule.chineseNumeral(10));
    }

    @Test
    void aSectionWhoseNumberExtractDidNotReadIsNotJudged() {
        List<Section> unread = List.of(new Section("一、", "a", 1, "b1", List.of()), new Section("三、", "c", 1, "b2", List.of()));
        assertTrue(run(unread).isEmpty());
    }

    private static Report kind(String kind, int year, String... paragraphs) {
        Report r = Fixtures.report(year, List.of(), List.of(), List.of(), paragraphs);
        return r.withMeta(new org.jixiao.model.ReportMeta("d", null, null, year, kind, "t", null, null, null));
    }

    @Test
    void datesOfAnotherYearsText() {
        // 上海市普陀区财政局部门25年预算.pdf: a plan dated before the budget year
        List<Finding> f = new DatedTextRule().check(kind("budget", 2025,
                "本建设项目投资可控，拟从2020年起，由我局申请400万元。",
                "截至2024年8月31日，本部门共有车辆3辆。"), new org.jixiao.check.RuleTally());
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).evidence().get(0).context().contains("拟从2020年起"));
        assertTrue(f.get(0).messageZh().contains("共 1 处"));
        // 上海市普陀区人民政府万里街道办事处23年预算.pdf: the as-of date of a 2023 budget is in 2022
        assertEquals(List.of(), new DatedTextRule().check(kind("budget", 2023, "截止2022年12月31日，共有车辆7辆。"),
                new org.jixiao.check.RuleTally()));
        // a 2024 final account as of 2023 kept last year's date
        assertEquals(1, new DatedTextRule().check(kind("final-account", 2024, "截至2023年12月31日，共有车辆7辆。"),
                new org.jixiao.check.RuleTally()).size());
        assertEquals(List.of(), new DatedTextRule().check(kind("final-account", 2024, "截至2024年12月31日，共有车辆7辆。"),
                new org.jixiao.check.RuleTally()));
    }
}
