package org.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class IntervalTest {
    private static Interval printed(String v) {
        return Quantity.of(v, Unit.WAN_YUAN).interval();
    }

    @Test
    void printedFigureStandsForHalfAUnitOfItsLastDigitEitherSide() {
        Interval i = printed("14344.80");
        assertEquals(new BigDecimal("14344.795"), i.lo());
        assertEquals(new BigDecimal("14344.805"), i.hi());
        assertEquals(new BigDecimal("57.5"), printed("58").lo());
        assertEquals(new BigDecimal("58.5"), printed("58").hi());
    }

    @Test
    void roundedPartsStillAddUpWithinTolerance() {
        // 13,775.90 + 15,224.63 = 29,000.53 vs printed 29,000.52: two rounded parts, no error.
        Interval sum = printed("13775.90").plus(printed("15224.63"));
        assertTrue(sum.overlaps(printed("29000.52")));
        assertEquals(0, sum.gap(printed("29000.52")).signum());
    }

    @Test
    void columnSumOffByHalfAWanYuanIsDisjoint() {
        Interval sum = printed("13775.90").plus(printed("569.40")); // 14,345.30 printed as 14,344.80
        assertFalse(sum.overlaps(printed("14344.80")));
        assertEquals(new BigDecimal("0.485"), sum.gap(printed("14344.80")));
    }

    @Test
    void ratioOfIntervalsContainsThePrintedRate() {
        Interval rate = printed("29000.52").dividedBy(printed("33502.94")).times(new BigDecimal("100"));
        assertTrue(rate.overlaps(Quantity.of("86.56", Unit.PERCENT).interval()));
        assertNull(printed("1").dividedBy(printed("0")));
    }

    @Test
    void rejectsInvertedBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Interval(BigDecimal.ONE, BigDecimal.ZERO));
    }
}
