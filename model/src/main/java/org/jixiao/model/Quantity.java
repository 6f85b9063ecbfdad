package org.jixiao.model;

import java.math.BigDecimal;

/**
 * A number as printed: its value with the printed decimals, its unit, and the value normalized
 * to the unit's base (元 for money, a plain ratio for %, one for counts).
 *
 * @param value      the printed value, e.g. 33502.94 for "33,502.94"
 * @param decimals   printed decimals (2 for "33,502.94", 0 for "58"): they set the tolerance
 * @param unit       the unit printed with it or inherited from the table
 * @param normalized value × unit factor
 * @param printed    the text as printed, e.g. "33,502.94"
 */
public record Quantity(BigDecimal value, int decimals, Unit unit, BigDecimal normalized, String printed) {

    public Quantity {
        Validate.notNullParam(value, "value");
        Validate.notNullParam(unit, "unit");
        if (normalized == null) {
            normalized = value.multiply(unit.factor());
        }
    }

    /** A quantity from its printed decimal text (no separators) and unit. */
    public static Quantity of(String plain, Unit unit) {
        BigDecimal v = new BigDecimal(plain);
        return new Quantity(v, Math.max(0, v.scale()), unit, null, plain);
    }

    /** The same printed value read in another unit (e.g. a table unit applied later). */
    public Quantity withUnit(Unit u) {
        return new Quantity(value, decimals, u, null, printed);
    }

    /** Half a unit of the last printed digit, in the printed unit: the rounding radius. */
    public BigDecimal halfUlp() {
        return new BigDecimal("0.5").movePointLeft(decimals);
    }

    /** The interval the printed figure stands for, in the printed unit. */
    public Interval interval() {
        BigDecimal h = halfUlp();
        return new Interval(value.subtract(h), value.add(h));
    }

    @Override
    public String toString() {
        return (printed != null ? printed : value.toPlainString()) + unit.symbol();
    }
}
