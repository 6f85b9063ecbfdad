package org.jixiao.check;

import java.math.BigDecimal;
import org.jixiao.model.Interval;
import org.jixiao.model.Severity;
import org.jixiao.model.Validate;

/**
 * The tolerance policy of DESIGN.md: printed figures are intervals; a disagreement exists only when
 * the computed and the printed interval are disjoint. Disjoint by at most one unit of the last
 * printed digit (a truncated rather than rounded figure) is a warning, by more an error. There is no
 * fixed tolerance: the unit of the last digit comes from the figures themselves.
 */
public final class Tolerance {
    private Tolerance() {
    }

    /**
     * The severity of a disagreement, or null when the intervals overlap.
     *
     * @param expected what the other figures say
     * @param actual   the printed figure
     * @param ulp      one unit of the last printed digit, in the intervals' unit
     */
    public static Severity judge(Interval expected, Interval actual, BigDecimal ulp) {
        Validate.notNullParam(expected, "expected");
        Validate.notNullParam(actual, "actual");
        Validate.notNullParam(ulp, "ulp");
        if (expected.overlaps(actual)) {
            return null;
        }
        return expected.gap(actual).compareTo(ulp) <= 0 ? Severity.WARNING : Severity.ERROR;
    }

    /** actual − expected at their closest points (zero when they overlap), signed. */
    public static BigDecimal difference(Interval expected, Interval actual) {
        Validate.notNullParam(expected, "expected");
        Validate.notNullParam(actual, "actual");
        if (expected.overlaps(actual)) {
            return BigDecimal.ZERO;
        }
        return actual.lo().compareTo(expected.hi()) > 0
                ? actual.lo().subtract(expected.hi())
                : actual.hi().subtract(expected.lo());
    }
}
