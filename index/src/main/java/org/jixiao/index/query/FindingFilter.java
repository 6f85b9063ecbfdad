package org.jixiao.index.query;

import org.jixiao.model.Validate;

/**
 * Which findings to list; null fields do not filter.
 *
 * @param severity error, warning, info or not-evaluated
 * @param rule     rule id
 */
public record FindingFilter(String severity, String rule, String department, Integer year, int limit) {
    public FindingFilter {
        Validate.isTrue(limit > 0, "limit must be positive");
    }
}
