package org.jixiao.index.query;

import java.math.BigDecimal;

import org.jixiao.model.Validate;

/**
 * Which facts to list. Null fields do not filter. {@code min} and {@code max} are normalized
 * values (元 for money, a plain ratio for rates: 0.9 for 90%, one for counts), inclusive.
 * {@code period} is a fact's period key (e.g. 2024); {@code reportId} keeps one report's facts;
 * {@code canonicalOnly} keeps the department-wide canonical figures (no unit, item or qualifier),
 * the ones that may be compared across departments.
 */
public record FactFilter(String scope, String phase, String measure, String department, Integer year,
                         String unit, BigDecimal min, BigDecimal max, int limit, String period, String reportId,
                         boolean canonicalOnly) {
    public FactFilter {
        Validate.isTrue(limit > 0, "limit must be positive");
        Validate.isTrue(min == null || max == null || min.compareTo(max) <= 0, "--min must not exceed --max");
    }

    public FactFilter(String scope, String phase, String measure, String department, Integer year,
                      String unit, BigDecimal min, BigDecimal max, int limit, String period, String reportId) {
        this(scope, phase, measure, department, year, unit, min, max, limit, period, reportId, false);
    }

    public FactFilter(String scope, String phase, String measure, String department, Integer year,
                      String unit, BigDecimal min, BigDecimal max, int limit) {
        this(scope, phase, measure, department, year, unit, min, max, limit, null, null);
    }

    public static FactFilter all(int limit) {
        return new FactFilter(null, null, null, null, null, null, null, null, limit);
    }

    public FactFilter withScopePhase(String s, String p) {
        return new FactFilter(s, p, measure, department, year, unit, min, max, limit, period, reportId, canonicalOnly);
    }

    public FactFilter withPeriod(String p) {
        return new FactFilter(scope, phase, measure, department, year, unit, min, max, limit, p, reportId, canonicalOnly);
    }

    public FactFilter withLimit(int n) {
        return new FactFilter(scope, phase, measure, department, year, unit, min, max, n, period, reportId, canonicalOnly);
    }

    public FactFilter withYear(Integer y) {
        return new FactFilter(scope, phase, measure, department, y, unit, min, max, limit, period, reportId, canonicalOnly);
    }

    public FactFilter withReportId(String id) {
        return new FactFilter(scope, phase, measure, department, year, unit, min, max, limit, period, id, canonicalOnly);
    }

    /** Only canonical facts (true), or every fact (false). */
    public FactFilter withCanonicalOnly(boolean only) {
        return new FactFilter(scope, phase, measure, department, year, unit, min, max, limit, period, reportId, only);
    }
}
