package org.jixiao.extract.figures.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Interval;
import org.jixiao.model.Provenance;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.junit.jupiter.api.Test;

/** Relations from real sentences of the corpus: each family fires on a real defect and holds on a consistent example. */
class SentenceRelationStageTest {
    private final Vocabulary vocabulary = Vocabulary.load();
    private final SentenceFactStage facts = new SentenceFactStage(new NumberReader(), vocabulary, FigureBlockFilter.all());
    private final SentenceRelationStage stage = new SentenceRelationStage(vocabulary);

    private List<Relation> relations(int year, String kind, String... paragraphs) throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            String id = "b" + blocks.size();
            blocks.add(new Block(id, BlockType.PARAGRAPH, p, -1, null, List.of(), null, Provenance.ofBlock("r", id, 3, "pdf")));
        }
        ReportMeta meta = new ReportMeta(null, null, null, year, kind, null, null, null, null);
        Report r = new Report("r", null, meta, blocks, List.of(), List.of(), List.of(), List.of(), List.of());
        ExtractContext ctx = new ExtractContext("r", "x", "text/plain", ExtractLimits.defaults());
        Report out = stage.apply(facts.apply(r, ctx), ctx);
        for (Relation rel : out.relations()) {
            assertTrue(rel.id().startsWith("s"), rel.id());
            assertEquals("sentence", rel.origin());
            rel.readings().forEach(rd -> rd.terms().forEach(t -> assertTrue(t.factId() != null, "terms name their facts")));
        }
        return out.relations();
    }

    private static List<Relation> of(List<Relation> all, String rule) {
        return all.stream().filter(r -> r.rule().equals(rule)).toList();
    }

    /** True when some reading agrees with the printed result within rounding (the evaluator's test). */
    static boolean holds(Relation r) {
        Interval printed = interval(r.result());
        for (Reading rd : r.readings()) {
            Interval v = sum(rd.terms());
            if (rd.isRatio()) {
                v = v.dividedBy(sum(rd.denominator()));
                if (v == null) {
                    continue;
                }
            }
            if (v.overlaps(printed)) {
                return true;
            }
        }
        return false;
    }

    private static Interval sum(List<RelationTerm> terms) {
        Interval acc = Interval.point(BigDecimal.ZERO);
        for (RelationTerm t : terms) {
            acc = t.sign() > 0 ? acc.plus(interval(t)) : acc.minus(interval(t));
        }
        return acc;
    }

    private static Interval interval(RelationTerm t) {
        var q = t.quantity();
        var u = q.unit();
        boolean count = (u.dimension() == org.jixiao.model.Unit.Dimension.COUNT || u.dimension() == org.jixiao.model.Unit.Dimension.SCORE)
                && u.factor().compareTo(BigDecimal.ONE) == 0 && q.decimals() == 0;
        // a whole count (347人) is exact, as the checker reads it
        return (count ? Interval.point(q.value()) : q.interval()).times(u.factor());
    }

    @Test
    void changeRateFiresOnAWrongRateAndHoldsOnARightOne() throws Exception {
        // 江苏省高级人民法院 2018 部门预算 p.17 and p.19: 392.92 / (6049.97 + 392.92) is 6.10%, not 5.95%
        List<Relation> r = of(relations(2018, "budget",
                "此外，基本支出预算数 18570.82 万元，与上年相比增加 1447.63 万元，增长 8.45%。",
                "2．法院（款）一般行政事务管理（项）支出 6049.97 万元，与上年相比减少 392.92 万元，减少 5.95%。"),
                ChangeRelations.RULE);
        assertEquals(2, r.size(), r.toString());
        assertTrue(holds(r.get(0)), r.get(0).toString());
        assertFalse(holds(r.get(1)), r.get(1).toString());
        assertEquals(new BigDecimal("-5.95"), r.get(1).result().quantity().value());
    }

    @Test
    void changeRateOfTheSentenceBeforeAndAgainstAPrintedBase() throws Exception {
        // 湖南省人社厅 2025 自评 p.8: 44.37 / (138.58 + 44.37) = 24.25%
        List<Relation> r = of(relations(2025, "selfeval-report",
                "“三公经费”全年预算金额为250.40万元，决算支出138.58万元，预算执行率为55.34%，其中：公务接待费2.94万元。"
                        + "较2024年决算支出减少44.37万元，下降比例为24.25%。",
                // 上海市普陀区万里街道 2024 预算 p.6: (25.77 − 60.13) / 60.13 = −57.14%
                "1.“一般公共服务支出（类）人大事务（款）行政运行（项）”2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，"
                        + "比2023年预算执行数减少57.14%。",
                // 江苏省检察院 2017 p.22: 3401.59 / (6032.55 − 3401.59) = 129.29%, printed 129.97%
                "2017年本部门一般公共预算机关运行经费预算支出6032.55万元，比2016年增加3401.59万元，增长129.97 %。"),
                ChangeRelations.RULE);
        assertEquals(3, r.size(), r.toString());
        assertTrue(holds(r.get(0)));
        assertEquals(new BigDecimal("138.58"), r.get(0).readings().get(0).denominator().get(0).quantity().value());
        assertTrue(holds(r.get(1)));
        assertFalse(holds(r.get(2)));
    }

    @Test
    void noChangeRateOnAZeroBase() throws Exception {
        // 江苏省高级人民法院 2018 p.20: a new subject "增长100%" on nothing is no ratio
        List<Relation> r = relations(2018, "budget",
                "3．行政事业单位离退休（款）机关事业单位职业年金缴费支出（项）支出 530.72 万元，与上年相比增加 530.72 万元，增长 100%。");
        assertTrue(of(r, ChangeRelations.RULE).isEmpty(), r.toString());
    }

    @Test
    void sharesOfTheListParentAndOfTheNamedWhole() throws Exception {
        List<Relation> r = of(relations(2018, "budget",
                // 江苏省高级人民法院 2018 p.18
                "江苏省高级人民法院本年支出预算合计 33172.15 万元，其中：基本支出 18570.82 万元，占 55.98%；项目支出 11343.27 万元，占 34.20%。",
                // 江苏省检察院 2017 p.23, with its 三公 total (printed there only in the table): 156.55 / 584.35 is
                // 26.79%, printed 26.72%; 110 / 584.35 is 18.82%, printed 18.85%, within the rounding of a whole 110
                "2018年“三公”经费预算支出584.35万元。",
                "支出中，因公出国（境）费支出110万元，占“三公”经费的18.85 %；公务接待费支出156.55万元，占“三公”经费的26.72 %。"),
                ShareRelations.RULE);
        assertEquals(4, r.size(), r.toString());
        assertTrue(holds(r.get(0)));
        assertTrue(holds(r.get(1)));
        assertTrue(holds(r.get(2)), r.get(2).toString());
        assertFalse(holds(r.get(3)), r.get(3).toString());
    }

    @Test
    void executionRatesAgainstEachBudgetPrinted() throws Exception {
        List<Relation> r = of(relations(2025, "selfeval-report",
                // 湖南省人社厅 2025 自评 p.3
                "2025年我厅一般公共预算总金额为33,502.94万元，其中上年结转2,144.27万元，年初预算23,848.51万元，本年调整7,510.16万元。"
                        + "2025年我厅一般公共预算决算支出数为29,000.52万元，预算执行率为86.56%。",
                // the same words with the rate of another figure: no reading gives it
                "2025年公用经费全年预算金额为2,947.93万元，决算支出2,495.63万元，公用经费执行率为86.66%。"),
                RateRelations.EXECUTION);
        assertEquals(2, r.size(), r.toString());
        assertTrue(holds(r.get(0)), r.get(0).toString());
        assertFalse(holds(r.get(1)));
    }

    @Test
    void partsOfATotalFireWhenTheyExceedItAndHoldWhenRounded() throws Exception {
        // 湖南省人社厅 2025 自评 p.2: 124 + 219 + 5 = 348 staff, printed 347
        String staff = "截至2025年12月31日，实有在职人数347人，其中：行政编制人员124人、参照公务员管理事业编及事业管理人员和专业技术人员219人、机关和事业工人5人。";
        List<Relation> r = of(relations(2025, "selfeval-report", staff), PartsRelations.RULE);
        assertEquals(1, r.size(), r.toString());
        assertFalse(holds(r.get(0)));
        assertEquals(PartsRelations.OPEN_TOTAL, r.get(0).result().role());
        assertEquals(new BigDecimal("347"), r.get(0).result().quantity().value());
        assertEquals(3, r.get(0).readings().get(0).terms().size());
        // p.3: rounded parts of a 其中 list agree
        r = of(relations(2025, "selfeval-report", "2025年我厅一般公共预算决算支出数为29,000.52万元，预算执行率为86.56%，"
                + "其中：基本支出13,775.90万元，项目支出15,224.63万元。"), PartsRelations.RULE);
        assertEquals(1, r.size(), r.toString());
        assertTrue(holds(r.get(0)));
        assertEquals("total", r.get(0).result().role(), "基本 + 项目支出 is a known whole");
    }

    @Test
    void aListOpeningASentenceBreaksDownTheSentenceBefore() throws Exception {
        // 湖南省人社厅 2025 自评 p.3: 14,344.80 + 19,157.65 = 33,502.45, printed 33,502.94
        String s = "2025年我厅纳入绩效自评范围的一般公共预算总金额为33,502.94万元，其中上年结转2,144.27万元，年初预算23,848.51万元，"
                + "本年调整7,510.16万元。具体包括基本支出14,344.80万元，项目支出19,157.65万元。";
        List<Relation> r = of(relations(2025, "selfeval-report", s), PartsRelations.RULE);
        assertEquals(2, r.size(), r.toString());
        assertTrue(holds(r.get(0)), "2,144.27 + 23,848.51 + 7,510.16 = 33,502.94");
        assertFalse(holds(r.get(1)));
        assertEquals("33,502.94", r.get(1).result().quantity().printed());
        assertTrue(of(relations(2025, "selfeval-report", s.replace("19,157.65", "19,158.14")), PartsRelations.RULE)
                .stream().allMatch(SentenceRelationStageTest::holds));
    }

    @Test
    void bracketsAndSumsAreListsButComparisonsAndSharesAreNot() throws Exception {
        // 湖南省人社厅 2025 自评 p.8: the bracket is its own list; 较2024年… is no part
        String s = "“三公经费”全年预算金额为250.40万元，决算支出138.58万元，“三公经费”预算执行率为55.34%，其中：因公出国（境）费用37.89万元，"
                + "公务用车购置及运行维护费97.75万元（公务用车购置费24.99万元、公务用车运行维护费72.76万元），公务接待费2.94万元。"
                + "较2024年决算支出减少44.37万元，下降比例为24.25%。";
        List<Relation> r = of(relations(2025, "selfeval-report", s), PartsRelations.RULE);
        assertEquals(2, r.size(), r.toString());
        assertTrue(r.stream().allMatch(SentenceRelationStageTest::holds), r.toString());
        assertFalse(of(relations(2025, "selfeval-report", s.replace("72.76", "72.66")), PartsRelations.RULE)
                .stream().allMatch(SentenceRelationStageTest::holds));
        // 江苏省人大办公厅 2018: listed, then 合计
        String summed = "按经济科目划分，各项支出金额分别为：工资福利支出1500.28万元，商品和服务支出1024.26万元，"
                + "对个人和家庭的补助支出304.18万元，资本性支出2.12万元，合计2830.84万元。";
        r = of(relations(2018, "budget", summed), PartsRelations.RULE);
        assertEquals(1, r.size(), r.toString());
        assertTrue(holds(r.get(0)));
        assertEquals("total", r.get(0).result().role());
        // a share's base printed before 的 is not the total of the list that follows
        String share = "基本支出预算资金总额为14,344.80万元，占我厅部门一般公共预算资金总额33,502.94万元的42.82%，其中：年初预算13,483.69万元、本年调整861.11万元。";
        r = of(relations(2025, "selfeval-report", share), PartsRelations.RULE);
        assertEquals(1, r.size(), r.toString());
        assertEquals("14,344.80", r.get(0).result().quantity().printed());
        // counts of different things under a count of staff
        assertTrue(of(relations(2025, "selfeval-report", "人员编制496人，其中：内设机构23个、下属事业单位2个、派出机构2个。"),
                PartsRelations.RULE).stream().allMatch(SentenceRelationStageTest::holds));
    }

    @Test
    void aPartInAnotherUnitGetsAReadingInItsSiblingsUnit() throws Exception {
        // 湖南省人社厅 2025 自评 p.9: 转移支出0.02万元 among 亿元 parts; the parts add up when it is read in 亿元
        String s = "省本级失业保险基金预算支出为43.78亿元，其中：失业保险金支出0.24亿元，基本医疗保险费支出0.06亿元，稳定岗位补贴支出1.58亿元，"
                + "技能提升补贴支出0.22亿元，其他费用支出0.01亿元，其他支出0.17亿元，转移支出0.02万元，补助下级支出41.48亿元。";
        List<Relation> r = of(relations(2025, "selfeval-report", s), PartsRelations.RULE);
        assertEquals(1, r.size(), r.toString());
        assertEquals(2, r.get(0).readings().size());
        List<RelationTerm> odd = r.get(0).readings().get(1).terms().stream()
                .filter(t -> t.role().equals(PartsRelations.ODD_UNIT)).toList();
        assertEquals(1, odd.size());
        assertEquals("0.02", odd.get(0).quantity().printed());
        assertEquals(org.jixiao.model.Unit.YI_YUAN, odd.get(0).quantity().unit());
        r = of(relations(2025, "selfeval-report", s.replace("0.02万元", "0.02亿元")), PartsRelations.RULE);
        assertEquals(1, r.get(0).readings().size());
    }

    @Test
    void controlAndCompletionRatesWhoseOperandsTheWordsName() throws Exception {
        // 湖南省人社厅 2025 自评 p.2: 347 / 371 = 93.53%, printed 93.28% (which is 347 / 372); the parts' 编制 are not the base
        String s = "我厅现有人员编制数371名，其中：行政编制122名、参照公务员管理事业编及非参公事业编249名；截至2025年12月31日，实有在职人数347人，"
                + "其中：行政编制人员124人、机关和事业工人5人。在职人员控制率93.28%。";
        List<Relation> r = of(relations(2025, "selfeval-report", s), LabelledRatios.CONTROL);
        assertEquals(1, r.size(), r.toString());
        assertFalse(holds(r.get(0)));
        assertEquals(new BigDecimal("371"), r.get(0).readings().get(0).denominator().get(0).quantity().value());
        assertTrue(holds(of(relations(2025, "selfeval-report", s.replace("371", "372")), LabelledRatios.CONTROL).get(0)));
        // p.10: 3,647.02 / 4,200.00 is not 86.83% … of a target printed with ≥ the rate is still 实际 / 目标
        String c = "专业技术人员职业资格考试非税收入情况目标值≥4,200.00万元，实际完成3,647.02万元，完成率86.83%，该指标扣0.13分。";
        r = of(relations(2025, "selfeval-report", c), LabelledRatios.COMPLETION);
        assertEquals(1, r.size(), r.toString());
        assertTrue(holds(r.get(0)));
        assertFalse(holds(of(relations(2025, "selfeval-report", c.replace("86.83", "96.83")), LabelledRatios.COMPLETION).get(0)));
    }

    @Test
    void aFundRollForwardInOneSentence() throws Exception {
        // 湖南省人社厅 2025 自评 p.9
        String s = "2025年度收支结余-0.49亿元，期初结余113.70亿元，期末滚存结余113.21亿元。";
        List<Relation> r = of(relations(2025, "selfeval-report", s), BalanceRelations.RULE);
        assertEquals(1, r.size(), r.toString());
        assertTrue(holds(r.get(0)));
        assertFalse(holds(of(relations(2025, "selfeval-report", s.replace("113.21", "112.21")), BalanceRelations.RULE).get(0)));
        assertTrue(of(relations(2025, "selfeval-report", "2025度收支结余-63.4亿元，期末滚存结余1,743.03亿元。"), BalanceRelations.RULE)
                .isEmpty());
    }

    @Test
    void aRateMayBeOnTheSubjectsOwnFigure() throws Exception {
        // 上海市普陀区万里街道 2024 预算 p.9: (350.35 − 348.52) / 348.52 = 0.53%; the 352.67 stated after is the odd one
        String s = "31.“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，"
                + "2024年预算安排352.67万元，比2023年预算执行数增加0.53%。主要原因是：住房公积金经费增加。";
        List<Relation> r = of(relations(2024, "budget", s), ChangeRelations.RULE);
        assertEquals(1, r.size(), r.toString());
        assertEquals(2, r.get(0).readings().size());
        assertTrue(holds(r.get(0)));
        assertFalse(holds(of(relations(2024, "budget", s.replace("0.53%", "0.83%")), ChangeRelations.RULE).get(0)));
    }
}
