package org.jixiao.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.eval.truth.TruthFigure;
import org.jixiao.eval.truth.Where;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

class DefectScorerTest {
    private static Evidence ev(String value, int decimals, Unit unit, String printed) {
        return new Evidence("x", "x", new Quantity(new BigDecimal(value), decimals, unit, null, printed),
                Provenance.ofBlock("r", "b142", 26, "sentence"), "x");
    }

    private static Finding finding(Evidence... ev) {
        return new Finding("r", "ratio.change-rate", Severity.ERROR, "x", "x", null, null, null, Unit.PERCENT, List.of(ev));
    }

    private static TruthFigure fig(String value, String unit) {
        return new TruthFigure(new BigDecimal(value), unit, new Where(26, null, null, null, "x"));
    }

    @Test
    void aFigureWhoseSignCameFromItsWordsIsThePrintedFigure() {
        // 江苏省检察院 2019 p.26: "与上年相比减少了1237.7万元，减少13.22 %" — extract keeps the change as −1237.7
        List<TruthFigure> label = List.of(fig("1237.7", "万元"), fig("13.22", "%"));
        assertTrue(DefectScorer.covers(finding(ev("-1237.7", 1, Unit.WAN_YUAN, "1237.7"), ev("-13.22", 2, Unit.PERCENT, "13.22")),
                label, null, true));
        // a figure printed with its minus sign is another figure than the positive one labelled
        assertFalse(DefectScorer.covers(finding(ev("-1237.7", 1, Unit.WAN_YUAN, "-1237.7"), ev("-13.22", 2, Unit.PERCENT, "-13.22")),
                label, null, true));
    }
}
