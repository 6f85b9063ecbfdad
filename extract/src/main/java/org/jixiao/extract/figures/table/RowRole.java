package org.jixiao.extract.figures.table;

/**
 * What a table row is about, read from its label.
 *
 * @param label   the row label as printed (label cells joined), or ""
 * @param scope   canonical scope (total, basic, sangong.vehicle, unit:NAME, item:NAME, fund:TYPE …) or null
 * @param measure the measure when the row fixes it (fund rows: income, balance-end …), else null
 * @param subject the row subject as printed (unit or item name, or the label), or null
 * @param total   true for 合计 / 总计 rows
 */
public record RowRole(String label, String scope, String measure, String subject, boolean total) {
}
