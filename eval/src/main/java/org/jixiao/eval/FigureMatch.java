package org.jixiao.eval;

import org.jixiao.model.Quantity;
import org.jixiao.model.Unit;

import java.math.BigDecimal;

/**
 * Whether a labelled figure and a printed quantity are the same number, within the rounding of
 * both (each stands for ± half a unit of its last printed digit, DESIGN.md), in the same unit
 * dimension (万元 against 元 is converted; 万元 against % is never the same).
 */
final class FigureMatch {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private FigureMatch() {
    }

    static boolean same(BigDecimal value, String unit, Quantity q) {
        if (value == null || q == null) {
            return false;
        }
        Unit tu = Unit.fromSymbol(unit);
        Unit qu = q.unit();
        boolean converted = tu != null && qu != Unit.NONE;
        if (converted && tu.dimension() != qu.dimension()) {
            return false;
        }
        BigDecimal tf = converted ? tu.factor() : BigDecimal.ONE;
        BigDecimal qf = converted ? qu.factor() : BigDecimal.ONE;
        BigDecimal tr = HALF.movePointLeft(Math.max(0, value.scale())).multiply(tf);
        BigDecimal qr = q.halfUlp().multiply(qf);
        BigDecimal diff = value.multiply(tf).subtract(q.value().multiply(qf)).abs();
        return diff.compareTo(tr.add(qr)) < 0;
    }

    static boolean same(BigDecimal a, String aUnit, BigDecimal b, String bUnit) {
        Unit bu = Unit.fromSymbol(bUnit);
        Quantity q = new Quantity(b, Math.max(0, b.scale()), bu == null ? Unit.NONE : bu, null, b.toPlainString());
        return same(a, bu == null ? null : aUnit, q);
    }
}
