package org.jixiao.check;

import java.math.BigDecimal;
import org.jixiao.model.Cell;
import org.jixiao.model.Evidence;
import org.jixiao.model.Fact;
import org.jixiao.model.Interval;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Unit;
import org.jixiao.model.Validate;

/**
 * A printed figure a rule works on, whether it came from a fact, a table cell or a sentence: its
 * label, value, provenance and the text it stands in (for quoting in a finding).
 *
 * @param label      the label as printed (row and column header, or the words before the number)
 * @param quantity   the printed value with its decimals and unit
 * @param provenance where it was printed
 * @param context    the row or sentence it stands in
 */
public record Figure(String label, Quantity quantity, Provenance provenance, String context) {
    public Figure {
        Validate.notNullParam(quantity, "quantity");
    }

    public static Figure of(Fact fact, String context) {
        Validate.notNullParam(fact, "fact");
        return new Figure(fact.label(), fact.quantity(), fact.provenance(), context);
    }

    public static Figure of(Cell cell, Quantity q, String label, String context) {
        Validate.notNullParam(cell, "cell");
        return new Figure(label, q, cell.provenance(), context);
    }

    public Unit unit() {
        return quantity.unit();
    }

    /**
     * True when this figure can be converted to {@code target}: same dimension, and for counts the
     * same thing counted (人 and 万人 add up, 人 and 个 do not).
     */
    public boolean comparableTo(Unit target) {
        Unit u = quantity.unit();
        if (u.dimension() != target.dimension()) {
            return false;
        }
        return u.dimension() != Unit.Dimension.COUNT
                || u.symbol().replaceFirst("^万", "").equals(target.symbol().replaceFirst("^万", ""));
    }

    /**
     * The interval the printed figure stands for, converted to {@code target}. A whole count of
     * persons, items or points (347人, 5分) is exact, not rounded: a point.
     */
    public Interval interval(Unit target) {
        Interval printed = exact() ? Interval.point(quantity.value()) : quantity.interval();
        return scale(printed, factor(target));
    }

    /** True for whole counts in a unit of one (人, 个, 件, 分 …), which are not rounded figures. */
    public boolean exact() {
        Unit u = quantity.unit();
        boolean countable = u.dimension() == Unit.Dimension.COUNT || u.dimension() == Unit.Dimension.SCORE;
        return countable && u.factor().compareTo(BigDecimal.ONE) == 0 && quantity.decimals() == 0
                && quantity.value().stripTrailingZeros().scale() <= 0;
    }

    /** One unit of the last printed digit, converted to {@code target}; zero for an exact count (no truncation). */
    public BigDecimal ulp(Unit target) {
        if (exact()) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.ONE.movePointLeft(quantity.decimals()).multiply(factor(target));
    }

    /** The printed value converted to {@code target}. */
    public BigDecimal value(Unit target) {
        return quantity.value().multiply(factor(target));
    }

    public Evidence evidence(String role) {
        return new Evidence(role, label, quantity, provenance, context);
    }

    private BigDecimal factor(Unit target) {
        Validate.isTrue(comparableTo(target), "cannot convert " + quantity.unit() + " to " + target);
        // Factors are powers of ten, so the division is exact.
        return quantity.unit().factor().divide(target.factor());
    }

    private static Interval scale(Interval i, BigDecimal k) {
        return k.compareTo(BigDecimal.ONE) == 0 ? i : i.times(k);
    }

    @Override
    public String toString() {
        return (label == null ? "" : label + " ") + quantity;
    }
}
