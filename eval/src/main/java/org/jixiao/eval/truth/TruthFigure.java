package org.jixiao.eval.truth;

import java.math.BigDecimal;

/**
 * One printed figure of a defect or of a relation that holds.
 *
 * @param value as printed, with its decimals
 * @param unit  as printed (万元, %, 人 …), or null for a bare number
 * @param where where it is printed
 */
public record TruthFigure(BigDecimal value, String unit, Where where) {
}
