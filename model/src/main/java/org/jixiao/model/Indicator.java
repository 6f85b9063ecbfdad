package org.jixiao.model;

/**
 * One row of a score sheet (绩效自评表).
 *
 * @param sheet      the sheet's caption or section (e.g. 附件2 部门整体支出绩效自评表)
 * @param level1     一级指标
 * @param level2     二级指标
 * @param level3     三级指标 (the indicator)
 * @param target     年度指标值 as printed
 * @param actual     实际完成值 as printed
 * @param weight     分值, or null
 * @param score      得分, or null
 * @param note       偏差原因分析及改进措施, or null
 * @param provenance the row in its table
 */
public record Indicator(String sheet, String level1, String level2, String level3, String target, String actual,
                        Quantity weight, Quantity score, String note, Provenance provenance) {
}
