package org.jixiao.model;

import java.math.BigDecimal;
import java.math.MathContext;

/** A closed interval of decimals, for tolerance arithmetic on printed (rounded) figures. */
public record Interval(BigDecimal lo, BigDecimal hi) {
    private static final MathContext MC = MathContext.DECIMAL64;

    public Interval {
        Validate.notNullParam(lo, "lo");
        Validate.notNullParam(hi, "hi");
        Validate.isTrue(lo.compareTo(hi) <= 0, "lo must not exceed hi: " + lo + " > " + hi);
    }

    public static Interval point(BigDecimal v) {
        return new Interval(v, v);
    }

    public Interval plus(Interval o) {
        return new Interval(lo.add(o.lo), hi.add(o.hi));
    }

    public Interval minus(Interval o) {
        return new Interval(lo.subtract(o.hi), hi.subtract(o.lo));
    }

    public Interval times(BigDecimal k) {
        BigDecimal a = lo.multiply(k);
        BigDecimal b = hi.multiply(k);
        return a.compareTo(b) <= 0 ? new Interval(a, b) : new Interval(b, a);
    }

    /** This divided by a strictly positive interval; null when the divisor may be zero or negative. */
    public Interval dividedBy(Interval d) {
        if (d.lo.signum() <= 0) {
            return null;
        }
        BigDecimal[] c = {lo.divide(d.lo, MC), lo.divide(d.hi, MC), hi.divide(d.lo, MC), hi.divide(d.hi, MC)};
        BigDecimal min = c[0];
        BigDecimal max = c[0];
        for (BigDecimal x : c) {
            min = x.min(min);
            max = x.max(max);
        }
        return new Interval(min, max);
    }

    public boolean overlaps(Interval o) {
        return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
    }

    /** The gap between two disjoint intervals (zero when they overlap). */
    public BigDecimal gap(Interval o) {
        if (overlaps(o)) {
            return BigDecimal.ZERO;
        }
        return hi.compareTo(o.lo) < 0 ? o.lo.subtract(hi) : lo.subtract(o.hi);
    }

    public BigDecimal mid() {
        return lo.add(hi).divide(BigDecimal.valueOf(2), MC);
    }
}
