package org.jixiao.eval.truth;

import java.math.BigDecimal;

/**
 * A canonical figure a researcher would pivot on, as read in the report.
 *
 * @param id      unique within its truth file
 * @param scope   canonical scope (total, basic, sangong.reception, fund:injury, item:NAME …)
 * @param phase   canonical phase, or null when the figure has none (staff counts)
 * @param period  the year the figure is for, or null
 * @param measure amount (default), rate, count, change, change-rate, score, or a fund measure
 * @param value   as printed
 * @param unit    as printed
 * @param where   where it is printed
 */
public record TruthFact(String id, String scope, String phase, String period, String measure, BigDecimal value,
                        String unit, Where where) {
    public TruthFact {
        measure = measure == null || measure.isBlank() ? "amount" : measure.trim();
        period = period == null || period.isBlank() ? null : period.trim();
        phase = phase == null || phase.isBlank() ? null : phase.trim();
    }
}
