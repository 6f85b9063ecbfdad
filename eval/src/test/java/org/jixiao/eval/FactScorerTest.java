package org.jixiao.eval;

import org.jixiao.eval.truth.TruthFact;
import org.jixiao.eval.truth.TruthFile;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FactScorerTest {
    private static Fact fact(String scope, String value) {
        return new Fact("amount", scope, scope, "2023", "budget-final", Quantity.of(value, Unit.WAN_YUAN), "本年度项目金额",
                Provenance.ofCell("r", "t1", 5, 4, null, "xlsx"));
    }

    private static TruthFact truth(String scope, String value) {
        return new TruthFact("f1", scope, "budget-final", "2023", "amount", new BigDecimal(value), "万元", null);
    }

    private static FactOutcome.Verdict verdict(TruthFact t, Fact... facts) {
        TruthFile file = new TruthFile("x", "x", null, 2023, "targets", null, List.of(Path.of("x.xlsx")), null,
                List.of(t), List.of(), List.of());
        Report r = new Report("r", null, null, List.of(), List.of(), List.of(), List.of(facts), List.of(), List.of());
        return new FactScorer().score(file, r).outcomes().get(0).verdict();
    }

    /** Regression: another project whose name contains the labelled one made a right fact ambiguous. */
    @Test
    void aLongerNameIsAnotherProjectWhenTheLabelledNameIsPrintedToo() {
        TruthFact t = truth("item:政府购买服务（专业技术服务类）", "80000");
        assertEquals(FactOutcome.Verdict.RIGHT, verdict(t, fact("item:政府购买服务(专业技术服务类)", "80000"),
                fact("item:政府购买服务(专业技术服务类+快检)", "1026300")));
        // without the exact name, a name that nearly contains it still keys (and here disagrees)
        assertEquals(FactOutcome.Verdict.WRONG, verdict(truth("item:社区工作站管理经费（东方社区）", "13.7584"),
                fact("item:社区工作站管理经费(东方社区)工作站", "20")));
    }
}
