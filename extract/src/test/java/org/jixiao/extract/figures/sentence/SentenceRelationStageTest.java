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
        return t.quantity().interval().times(t.quantity().unit().factor());
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
}
