package org.jixiao.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A disagreement between figures (or a rule that could not be evaluated).
 *
 * @param reportId   the report it is in
 * @param rule       rule id, e.g. "table.column-sum"
 * @param severity   error, warning, info or not-evaluated
 * @param messageZh  the message in Chinese
 * @param messageEn  the message in English
 * @param expected   what the other figures say the printed one should be (interval), or null
 * @param actual     the printed figure's interval, or null
 * @param difference actual − expected at their closest, in {@code unit}, or null
 * @param unit       the unit of the intervals
 * @param evidence   the figures involved, with provenance
 */
public record Finding(String reportId, String rule, Severity severity, String messageZh, String messageEn,
                      Interval expected, Interval actual, BigDecimal difference, Unit unit,
                      List<Evidence> evidence) {
    public Finding {
        Validate.notNullParam(rule, "rule");
        Validate.notNullParam(severity, "severity");
        evidence = Validate.copy(evidence);
    }
}
