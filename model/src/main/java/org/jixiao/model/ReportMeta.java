package org.jixiao.model;

import java.util.Map;

/**
 * What the report is about.
 *
 * @param department  full official name, e.g. 湖南省人力资源和社会保障厅
 * @param region      e.g. 湖南省, 益阳市, 上海市普陀区
 * @param level       province | city | county | township
 * @param fiscalYear  the year reported on (not the publishing date)
 * @param kind        selfeval-report | selfeval-basedata | selfeval-scoresheet | project-scoresheet |
 *                    fund-statement | budget | final-account | unknown
 * @param title       the report's title as printed
 * @param selfScore   the self-evaluation score (自评分 / 总分), or null
 * @param grade       优 | 良 | 中 | 差, or null
 * @param provenance  where each field was read, by field name
 */
public record ReportMeta(String department, String region, String level, Integer fiscalYear, String kind,
                         String title, Quantity selfScore, String grade, Map<String, Provenance> provenance) {
    public ReportMeta {
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    /** The fiscal year as a fact period ("2025"), or null when unknown. */
    public String period() {
        return fiscalYear == null ? null : String.valueOf(fiscalYear);
    }

    public static ReportMeta unknown() {
        return new ReportMeta(null, null, null, null, "unknown", null, null, null, Map.of());
    }
}
