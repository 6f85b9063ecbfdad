package org.jixiao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.model.Interval;
import org.jixiao.model.Quantity;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

class ToleranceTest {
    private static Figure fig(String v, Unit u) {
        return new Figure("x", Quantity.of(v, u), null, null);
    }

    @Test
    void roundedPartsOverlapTheirPrintedTotal() {
        // 13,775.90 + 15,224.63 = 29,000.53 printed as 29,000.52: both parts were rounded, no alarm.
        Interval sum = Comparison.sum(List.of(Term.plus(fig("13775.90", Unit.WAN_YUAN)),
                Term.plus(fig("15224.63", Unit.WAN_YUAN))), Unit.WAN_YUAN);
        assertNull(Tolerance.judge(sum, fig("29000.52", Unit.WAN_YUAN).interval(Unit.WAN_YUAN), new BigDecimal("0.01")));
    }

    @Test
    void disjointByMoreThanOneDigitIsAnError() {
        Interval sum = Comparison.sum(List.of(Term.plus(fig("13483.69", Unit.WAN_YUAN)),
                Term.plus(fig("861.61", Unit.WAN_YUAN))), Unit.WAN_YUAN);
        Interval printed = fig("14344.80", Unit.WAN_YUAN).interval(Unit.WAN_YUAN);
        assertEquals(Severity.ERROR, Tolerance.judge(sum, printed, new BigDecimal("0.01")));
        assertEquals(0, new BigDecimal("-0.485").compareTo(Tolerance.difference(sum, printed)));
    }

    @Test
    void disjointByAtMostOneDigitIsAWarning() {
        // 1.234 + 1.234 = 2.468, printed truncated with 2 decimals as 2.46.
        Interval sum = Comparison.sum(List.of(Term.plus(fig("1.234", Unit.YI_YUAN)),
                Term.plus(fig("1.234", Unit.YI_YUAN))), Unit.YI_YUAN);
        assertEquals(Severity.WARNING, Tolerance.judge(sum, fig("2.46", Unit.YI_YUAN).interval(Unit.YI_YUAN),
                new BigDecimal("0.01")));
    }

    @Test
    void precisionIsThatOfEachFigureNotAFixedAmount() {
        // 0.5 万元 apart is an error for 2-decimal 万元 figures …
        Figure a = fig("100.00", Unit.WAN_YUAN);
        Interval b = fig("100.50", Unit.WAN_YUAN).interval(Unit.WAN_YUAN);
        assertEquals(Severity.ERROR, Tolerance.judge(a.interval(Unit.WAN_YUAN), b, a.ulp(Unit.WAN_YUAN)));
        // … but within the rounding of a 亿元 figure printed with two decimals (±50 万元).
        Figure yi = fig("1.00", Unit.YI_YUAN);
        Interval wan = fig("10000.40", Unit.WAN_YUAN).interval(Unit.YI_YUAN);
        assertNull(Tolerance.judge(yi.interval(Unit.YI_YUAN), wan, yi.ulp(Unit.YI_YUAN)));
    }

    @Test
    void unitsAreConvertedByTheirFactor() {
        Figure wan = fig("0.02", Unit.WAN_YUAN);
        assertEquals(0, new BigDecimal("0.000002").compareTo(wan.value(Unit.YI_YUAN)));
        assertEquals(0, new BigDecimal("0.000001").compareTo(wan.ulp(Unit.YI_YUAN)));
    }
}
