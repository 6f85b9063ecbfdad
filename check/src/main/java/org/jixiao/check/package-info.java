/**
 * Consistency checks: {@link org.jixiao.model.Report}s to {@link org.jixiao.model.Finding}s.
 *
 * <p>{@link org.jixiao.check.Rule}s are small classes, grouped by family in sub-packages; the
 * {@link org.jixiao.check.Checker} runs them. Tolerance follows DESIGN.md: every printed figure is
 * an interval ({@link org.jixiao.check.Figure}), sums and ratios are computed on intervals
 * ({@link org.jixiao.check.Comparison}) and {@link org.jixiao.check.Tolerance} grades a disagreement
 * by the unit of the last printed digit, never by a fixed amount.
 */
package org.jixiao.check;
