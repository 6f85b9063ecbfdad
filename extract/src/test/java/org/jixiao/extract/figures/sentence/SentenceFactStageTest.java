package org.jixiao.extract.figures.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.junit.jupiter.api.Test;

class SentenceFactStageTest {
    private final SentenceFactStage stage = new SentenceFactStage(new NumberReader(), Vocabulary.load(), FigureBlockFilter.all());

    private List<Fact> facts(List<String> section, String... paragraphs) throws Exception {
        List<Block> blocks = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            String id = "b" + blocks.size();
            blocks.add(new Block(id, BlockType.PARAGRAPH, p, -1, null, section, null, Provenance.ofBlock("r", id, 2, "docx")));
        }
        ReportMeta meta = new ReportMeta(null, null, null, 2023, "selfeval-report", null, null, null, null);
        Report r = new Report("r", null, meta, blocks, List.of(), List.of(), List.of(), List.of(), List.of());
        return stage.apply(r, new ExtractContext("r", "x", "text/plain", ExtractLimits.defaults())).facts();
    }

    private static Fact at(List<Fact> facts, String value) {
        return facts.stream().filter(f -> f.quantity().value().compareTo(new BigDecimal(value)) == 0).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " in " + facts));
    }

    @Test
    void phasesScopesAndPartsOfABudgetSentence() throws Exception {
        String s = "2023年本部门一般公共预算决算支出数为1,200.50万元，预算执行率为90.10%，其中：基本支出800.25万元，项目支出400.25万元。";
        List<Fact> f = facts(List.of("一般公共预算支出情况"), s);
        assertEquals(4, f.size(), f.toString());
        Fact total = at(f, "1200.50");
        // 一般公共预算 names a source of funds: the figure is the department's total only if that source is all it has
        assertEquals("total:一般公共预算", total.scope());
        assertEquals(List.of("一般公共预算"), total.qualifiers());
        assertEquals("cue:一般公共预算决算支出", total.basis().scope());
        assertEquals("actual", total.phase());
        assertEquals("2023", total.period());
        assertEquals("1,200.50万元", s.substring(total.provenance().charStart(), total.provenance().charEnd()));
        assertEquals("b0", total.provenance().blockId());
        assertEquals(2, total.provenance().page());
        assertEquals("rate", at(f, "90.10").phase());
        assertEquals("basic", at(f, "800.25").scope());
        assertEquals("actual", at(f, "800.25").phase());
        assertEquals("project", at(f, "400.25").scope());
    }

    @Test
    void changesAreSignedAndSharesAreNotRates() throws Exception {
        List<Fact> f = facts(List.of("三公经费"),
                "“三公经费”决算支出60.00万元，较上年减少5.50万元，下降比例为8.40%。基本支出预算30.00万元，占全部预算资金的25.00%。");
        Fact down = at(f, "-5.50");
        assertEquals("change", down.measure());
        assertEquals("sangong", down.scope());
        assertEquals("5.50", down.quantity().printed());
        assertEquals("change-rate", at(f, "-8.40").measure());
        Fact share = at(f, "25.00");
        assertEquals("share", share.measure());
        assertNull(share.phase());
    }

    @Test
    void fundPartsKeepTheirNamesAndBalancesAreActuals() throws Exception {
        List<Fact> f = facts(List.of("社会保险基金预算支出情况", "工伤保险基金预算支出情况"),
                "工伤保险基金预算支出为20.00亿元，其中：待遇支出18.00亿元，鉴定支出2.00亿元。",
                "本年度收支结余1.50亿元，期末滚存结余30.25亿元。");
        assertEquals("fund:injury", at(f, "20.00").scope());
        assertEquals("expense", at(f, "20.00").measure());
        assertEquals("budget-final", at(f, "20.00").phase());
        assertEquals("expense.benefit", at(f, "18.00").measure());
        assertEquals("expense.part:鉴定支出", at(f, "2.00").measure());
        Fact end = at(f, "30.25");
        assertEquals("balance-end", end.measure());
        assertEquals("actual", end.phase());
        assertEquals("fund:injury", end.scope());
    }

    @Test
    void staffPartsWithoutTheirOwnNameGetNoScope() throws Exception {
        List<Fact> f = facts(List.of("人员情况"), "本单位人员编制数50名，其中：行政编制30名。");
        assertEquals("staff.authorized", at(f, "50").scope());
        assertEquals("staff.authorized.administrative", at(f, "30").scope(), "a part is not the whole: no second staff.authorized figure");
    }

    private List<Fact> budgetFacts(String... paragraphs) throws Exception {
        List<Block> blocks = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            String id = "b" + blocks.size();
            blocks.add(new Block(id, BlockType.PARAGRAPH, p, -1, null, List.of(), null, Provenance.ofBlock("r", id, 6, "pdf")));
        }
        ReportMeta meta = new ReportMeta(null, null, null, 2018, "budget", null, null, null, null);
        Report r = new Report("r", null, meta, blocks, List.of(), List.of(), List.of(), List.of(), List.of());
        return stage.apply(r, new ExtractContext("r", "x", "text/plain", ExtractLimits.defaults())).facts();
    }

    @Test
    void budgetTotalsChangesAndTheirRatesWithSpacesBeforeUnits() throws Exception {
        // 江苏省高级人民法院 2018 部门预算, p.17
        List<Fact> f = budgetFacts("江苏省高级人民法院 2018 年度收入、支出预算总计 33172.15 万元，与上年相比收、支预算总计各增加 4322.77 万元，"
                + "增长 14.98%。主要原因是基本支出增加 1447.63 万元，项目经费支出安排减少江苏法院云平台租赁费 200 万元。");
        List<Fact> totals = f.stream().filter(x -> x.quantity().value().compareTo(new BigDecimal("33172.15")) == 0).toList();
        assertEquals(List.of("amount", "income"), totals.stream().map(Fact::measure).toList(), "收、支预算总计 is both totals");
        assertEquals("total", totals.get(0).scope());
        assertEquals("budget-final", totals.get(0).phase());
        assertEquals("document:budget", totals.get(0).basis().phase());
        assertEquals("2018", totals.get(0).period());
        assertEquals("total", at(f, "4322.77").scope());
        assertEquals("change", at(f, "4322.77").measure());
        Fact rate = at(f, "14.98");
        assertEquals("change-rate", rate.measure());
        assertEquals("total", rate.scope(), "the rate right after a change is that change's");
        assertEquals("basic", at(f, "1447.63").scope());
        assertNull(at(f, "-200").scope(), "a change explained after 主要原因 is not the total's");
    }

    @Test
    void aQualifierCoveringTheWholeDepartmentIsDroppedElseKept() throws Exception {
        // 上海市普陀区万里街道 2024 预算: all income is 财政拨款
        List<Fact> whole = budgetFacts("2018年，本单位收入预算15621.11万元，其中：财政拨款收入15621.11万元，比2017年预算减少876.75万元。");
        Fact fiscal = whole.stream().filter(x -> x.label().contains("财政拨款")).findFirst().orElseThrow();
        assertEquals("total", fiscal.scope());
        assertEquals("income", fiscal.measure());
        assertEquals(List.of(), fiscal.qualifiers());
        assertEquals("total", at(whole, "-876.75").scope());
        // 江苏省检察院 2019: 财政拨款 is part of the income
        List<Fact> part = budgetFacts("本年收入预算合计25000.00万元，其中：财政拨款收入24169.74万元，与上年相比增加2228.78万元，增长10.15%。");
        Fact q = at(part, "24169.74");
        assertEquals("total:财政拨款", q.scope());
        assertEquals(List.of("财政拨款"), q.qualifiers());
        assertEquals("total:财政拨款", at(part, "2228.78").scope());
        assertEquals("total:财政拨款", at(part, "10.15").scope());
    }

    @Test
    void yearsInTheWordsBeforeAFigureSetItsPeriod() throws Exception {
        List<Fact> f = budgetFacts("2017年当年预算执行数为60.13万元，2018年预算安排25.77万元，比2017年预算执行数减少57.14%。",
                "上年机关运行经费预算为300.00万元。");
        assertEquals("2017", at(f, "60.13").period());
        assertEquals("actual", at(f, "60.13").phase());
        assertEquals("2018", at(f, "25.77").period());
        assertEquals("budget-final", at(f, "25.77").phase());
        assertEquals("2018", at(f, "-57.14").period(), "a change is for the year of its subject");
        Fact prior = at(f, "300.00");
        assertEquals("2017", prior.period());
        assertEquals("operation", prior.scope());
        assertEquals("cue:上年", prior.basis().period());
    }

    @Test
    void retireesAreNeverStaffInPost() throws Exception {
        List<Fact> f = budgetFacts("本部门编制人数120人，实有人数110人，离退休人员45人。");
        assertEquals("staff.authorized", at(f, "120").scope());
        assertEquals("staff.actual", at(f, "110").scope());
        assertEquals("staff.retired", at(f, "45").scope());
    }

    @Test
    void flatAgainstANamedYearIsAChangeOfZeroOfTheFigureBeforeIt() throws Exception {
        // 上海市普陀区商务委员会 2025 预算, p.22: the compared year is printed in digits
        String s = "（二）公务车购置及运行费0.50万元，与2024年预算持平，主要原因是无公务用车车辆。其中：公务用车购置费0万元，"
                + "比2024年预算持平；公务车用车运行费0.50万元，与2024年预算一致。";
        List<Fact> f = budgetFacts(s);
        List<Fact> changes = f.stream().filter(x -> "change".equals(x.measure())).toList();
        assertEquals(List.of("sangong.vehicle", "sangong.vehicle.purchase", "sangong.vehicle.operation"),
                changes.stream().map(Fact::scope).toList(), f.toString());
        Fact first = changes.get(0);
        assertEquals(0, first.quantity().value().signum());
        assertEquals("2018", first.period(), "a change is for the year of its subject");
        assertEquals("与2024年预算持平", s.substring(first.provenance().charStart(), first.provenance().charEnd()));
        assertEquals("cue:持平", first.basis().phase());
        Fact opening = budgetFacts("（三）公务接待费1.00万元。与2024年预算持平，主要原因是业务需要。").stream()
                .filter(x -> "change".equals(x.measure())).findFirst().orElseThrow();
        assertEquals("sangong.reception", opening.scope(), "a sentence opening with 与…持平 is about the previous figure");
    }

    @Test
    void aHeadingStatingAnAmountIsReadInItsSectionAndClassificationLinesAreNotCanonical() throws Exception {
        // 江苏省政协办公厅 2017 部门预算, 财政拨款基本支出预算表情况说明 (pp.10-12)
        List<String> section = List.of("财政拨款基本支出预算表情况说明");
        List<Block> blocks = List.of(
                new Block("b0", BlockType.HEADING, "（一）人员经费4,704.35万元", 1, null,
                        List.of("财政拨款基本支出预算表情况说明", "人员经费4,704.35万元"), null, Provenance.ofBlock("r", "b0", 10, "pdf")),
                new Block("b1", BlockType.PARAGRAPH, "（8）公务接待费（款）支出16万元。用于除专项接待以外的接待支出。", -1, null,
                        List.of("财政拨款基本支出预算表情况说明", "人员经费4,704.35万元"), null, Provenance.ofBlock("r", "b1", 12, "pdf")));
        ReportMeta meta = new ReportMeta(null, null, null, 2017, "budget", null, null, null, null);
        Report r = new Report("r", null, meta, blocks, List.of(), List.of(), List.of(), List.of(), List.of());
        List<Fact> f = stage.apply(r, new ExtractContext("r", "x", "text/plain", ExtractLimits.defaults())).facts();
        Fact personnel = at(f, "4704.35");
        assertEquals("personnel:财政拨款", personnel.scope(), "the section's 财政拨款 restricts the heading's figure");
        assertEquals("budget-final", personnel.phase());
        assertEquals("b0", personnel.provenance().blockId());
        assertEquals(10, personnel.provenance().page());
        assertNull(at(f, "16").scope(), "公务接待费（款） is a line of the classification of expenditure");
        assertEquals(section.get(0), blocks.get(0).sectionPath().get(0));
    }

    @Test
    void lessThanLastYearIsANegativeChangeAndTitlesNameNoSubject() throws Exception {
        // 江苏省检察院 2017 / 2019 部门预算
        List<Fact> f = budgetFacts("公务接待费预算支出 100.00 万元，本年数小于上年预算数 29.65 万元。",
                "支出预算总计1000.00万元，与上年相比增加50.00万元。主要原因：一是人员增加；二是《财政拨款支出预算表（功能科目）》增加了“其他检察支出”项级科目分流469.5万元。");
        Fact less = at(f, "-29.65");
        assertEquals("change", less.measure());
        assertEquals("sangong.reception", less.scope());
        Fact moved = at(f, "469.5");
        assertNull(moved.scope(), "a figure after 一是/二是 explains; a 《table title》 names no subject: " + moved);
        // 江苏省人大 2017: an amount moved out of 会议费 is a change, not 会议费's budget
        List<Fact> moved2 = budgetFacts("会议费预算支出1305.25万元，本年数小于上年预算数403.75万元，原因是从会议费预算中调减403.75万元用于培训费。");
        assertEquals("meeting", at(moved2, "1305.25").scope());
        assertTrue(moved2.stream().noneMatch(x -> x.quantity().value().abs().compareTo(new BigDecimal("403.75")) == 0
                && !"change".equals(x.measure())), moved2.toString());
    }

    @Test
    void aSourceOfFundsWholeThisYearKeepsItsQualifierOnAChangeThatDiffersFromTheTotals() throws Exception {
        // 江苏省检察院 2019: 收支预算总计 grew by 2214.39, its 一般公共预算 (all the money in 2019) by 2228.78
        List<Fact> f = budgetFacts("2018年度收入、支出预算总计24169.74万元，与上年相比收、支预算总计各增加2214.39万元，增长10.06%。",
                "一般公共预算拨款支出预算24169.74万元，与上年相比增加2228.78万元，增长10.15%。");
        Report r = new Report("r", null, new ReportMeta(null, null, null, 2018, "budget", null, null, null, null),
                List.of(), List.of(), List.of(), f, List.of(), List.of());
        List<Fact> resolved = new org.jixiao.extract.figures.layout.QualifierStage()
                .apply(r, new ExtractContext("r", "x", "text/plain", ExtractLimits.defaults())).facts();
        assertEquals("total", at(resolved, "2214.39").scope());
        assertEquals("total:一般公共预算", at(resolved, "2228.78").scope());
        assertEquals("total:一般公共预算", at(resolved, "10.15").scope());
        Fact fiscal = resolved.stream().filter(x -> x.label().contains("一般公共预算") && "amount".equals(x.measure()))
                .findFirst().orElseThrow();
        assertEquals("total", fiscal.scope(), "its 2018 figure is the whole department's");
    }

    @Test
    void theStaffControlRateIsTheRateOfTheStaffInPost() throws Exception {
        // 湖南省人社厅 2025 自评报告, pp.2 and 7
        List<Fact> f = facts(List.of("部门基本情况"), "在职人员控制率93.28%。",
                "厅机关及所属单位人员编制372人，实际在职人数347人，占编制数的93.28%。");
        List<Fact> rates = f.stream().filter(x -> x.quantity().value().compareTo(new BigDecimal("93.28")) == 0).toList();
        assertEquals(2, rates.size(), f.toString());
        for (Fact r : rates) {
            assertEquals("staff.actual", r.scope(), r.toString());
            assertEquals("rate", r.measure());
            assertEquals("rate", r.phase());
        }
        assertEquals("cue:占编制 after the staff in post (在职/编制 = 控制率)", rates.get(1).basis().scope());
        assertEquals("staff.authorized", at(f, "372").scope());
    }

    @Test
    void whatARateExcludesRunsToTheWordAfter() throws Exception {
        List<Fact> f = facts(List.of("项目支出情况"),
                "2025年项目支出决算支出15,224.63万元，剔除湖南省人事考试院应纳入专户管理的非税收入后，执行率为88.22%。");
        Fact rate = at(f, "88.22");
        assertEquals(List.of("剔除湖南省人事考试院应纳入专户管理的非税收入"), rate.qualifiers());
        assertEquals("project:剔除湖南省人事考试院应纳入专户管理的非税收入", rate.scope());
    }
}
