package org.jixiao.eval;

import org.jixiao.model.Quantity;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureMatchTest {
    private static Quantity q(String v, Unit u) {
        return Quantity.of(v, u);
    }

    @Test
    void sameNumberWithinTheRoundingOfBoth() {
        assertTrue(FigureMatch.same(new BigDecimal("14344.80"), "万元", q("14344.8", Unit.WAN_YUAN)));
        assertTrue(FigureMatch.same(new BigDecimal("58"), "万元", q("58.00", Unit.WAN_YUAN)));
        assertFalse(FigureMatch.same(new BigDecimal("14344.80"), "万元", q("14345.30", Unit.WAN_YUAN)));
        assertFalse(FigureMatch.same(new BigDecimal("98.03"), "%", q("98.04", Unit.PERCENT)));
    }

    @Test
    void convertsUnitsOfOneDimensionOnly() {
        assertTrue(FigureMatch.same(new BigDecimal("1.5"), "万元", q("15000", Unit.YUAN)));
        assertFalse(FigureMatch.same(new BigDecimal("58"), "万元", q("58", Unit.PERCENT)));
        // a figure printed without unit is compared as printed
        assertTrue(FigureMatch.same(new BigDecimal("58"), "万元", q("58", Unit.NONE)));
    }
}
