package org.jixiao.index.query;

import org.jixiao.model.Validate;

/**
 * Which findings to list; null fields do not filter.
 *
 * @param severity error, warning, info or not-evaluated
 * @param rule     rule id
 * @param reportId only this report's findings, or null
 */
public record FindingFilter(String severity, String rule, String department, Integer year, int limit,
                            String reportId) {
    public FindingFilter {
        Validate.isTrue(limit > 0, "limit must be positive");
    }

    public FindingFilter(String severity, String rule, String department, Integer year, int limit) {
        this(severity, rule, department, year, limit, null);
    }
}
