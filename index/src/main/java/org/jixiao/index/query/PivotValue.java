package org.jixiao.index.query;

import java.math.BigDecimal;

/**
 * One of the values the facts of a pivot cell have.
 *
 * @param value   the normalized value
 * @param display the value for people (86.56%, 33502.94万元)
 * @param facts   how many of the cell's facts have it
 * @param source  where the first of them was printed, when the pivot loaded provenance, else null
 */
public record PivotValue(BigDecimal value, String display, int facts, FactRow source) {
}
