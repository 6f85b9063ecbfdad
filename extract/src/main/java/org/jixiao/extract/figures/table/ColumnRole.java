package org.jixiao.extract.figures.table;

import org.jixiao.model.Unit;

/**
 * What a column of a table holds, read from its header cells (one or several header rows).
 *
 * @param kind   what the column is
 * @param header the header text as printed (rows joined with a space)
 * @param phase  canonical phase for VALUE columns (budget-final, actual, rate …), or null
 * @param period a year printed in the header ("2023年决算数" → "2023"), or null
 * @param scope  a scope the header names itself (编制数 → staff.authorized), or null
 * @param unit   the unit the header prints (全年预算数（万元）) or implies (执行率 → %), or null
 */
public record ColumnRole(Kind kind, String header, String phase, String period, String scope, Unit unit) {
    /** Column kinds; INDICATOR columns belong to score sheets and are left to the score-sheet stage. */
    public enum Kind { ORDINAL, LABEL_UNIT, LABEL_ITEM, LABEL, VALUE, INDICATOR, NOTE, NONE }

    public static ColumnRole none(String header) {
        return new ColumnRole(Kind.NONE, header, null, null, null, null);
    }

    public boolean isLabel() {
        return kind == Kind.LABEL || kind == Kind.LABEL_ITEM || kind == Kind.LABEL_UNIT;
    }
}
