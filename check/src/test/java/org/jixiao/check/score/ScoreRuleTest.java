package org.jixiao.check.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.score.ScoreSheetStage;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Indicator;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

class ScoreRuleTest {
    /** The report with the score-sheet sums extract reads from its indicators (group weights, the 总分 row). */
    private static Report extracted(List<Indicator> indicators) {
        Report r = Fixtures.report(2024, List.of(), List.of(), indicators);
        try {
            return new ScoreSheetStage(new NumberReader()).apply(r,
                    new ExtractContext(r.id(), "x", "text/plain", ExtractLimits.defaults()));
        } catch (org.jixiao.extract.ExtractionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Indicator ind(String l1, String l3, String w, String s, int row) {
        return new Indicator("附件7", l1, null, l3, "100%", "100%", w == null ? null : Quantity.of(w, Unit.POINT),
                s == null ? null : Quantity.of(s, Unit.POINT), null, Provenance.ofCell(Fixtures.RID, "t17", row, 5, 9, "text"));
    }

    private static List<Indicator> sheet(String timelyScore, String total) {
        List<Indicator> l = new ArrayList<>();
        l.add(ind("产出指标（20分）", "全省参保总人数", "5", "5", 1));
        l.add(ind("产出指标（20分）", "在职参保对象全覆盖", "5", "5", 2));
        l.add(ind("产出指标（20分）", "基本养老金发放及时性", "5", timelyScore, 3));
        l.add(ind("产出指标（20分）", "待遇发放准确率", "5", "4.5", 4));
        l.add(ind("满意度指标（10分）", "参保人员满意度", "10", "10", 5));
        l.add(ind("总分", null, "30", total, 6));
        return l;
    }

    @Test
    void consistentSheetPasses() {
        List<Finding> f = new ScoreRule().check(extracted(sheet("5", "29.5")));
        assertTrue(f.isEmpty(), f.toString());
    }

    @Test
    void scoreAboveWeightAndWrongTotalFire() {
        List<Finding> f = new ScoreRule().check(extracted(sheet("10", "29.5")));
        assertEquals(2, f.size(), f.toString());
        Finding above = f.stream().filter(x -> x.messageZh().contains("高于")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, above.severity());
        assertEquals(3, above.evidence().get(0).provenance().row());
        assertTrue(f.stream().anyMatch(x -> x.messageZh().contains("总分与各指标得分之和")));
    }

    @Test
    void groupWeightsMustMatchTheirHeader() {
        List<Indicator> l = new ArrayList<>(sheet("5", "29.5"));
        l.set(4, ind("满意度指标（30分）", "参保人员满意度", "10", "10", 5));
        List<Finding> f = new ScoreRule().check(extracted(l));
        assertEquals(1, f.size(), f.toString());
        assertEquals("group-weight", f.get(0).evidence().get(0).role());
    }
}
