package org.jixiao.model;

/**
 * What one column of a table means, decided once by extract.
 *
 * @param col     0-based grid column
 * @param header  the header text over it, header rows joined with a space
 * @param role    what the column holds
 * @param measure amount, rate, count, score, weight … for value columns, or null
 * @param phase   canonical phase for value columns (a "2023年决算数" column is actual), or null
 * @param period  the year the header names ("2023年决算数" → 2023), else null (the report's year applies)
 * @param unit    the unit the header prints or implies, or null
 * @param scope   a scope the header names (基本支出, 因公出国（境）费 → sangong.abroad, 合计 → the table's), or null
 * @param panel   side-by-side panels (收入 | 支出) counted from 0, left to right
 */
public record ColumnMeaning(int col, String header, Role role, String measure, String phase, String period, Unit unit,
                            String scope, int panel) {
    /** What a column holds. */
    public enum Role { LABEL, CODE, SERIAL, VALUE, INDICATOR, NOTE, NONE }

    public ColumnMeaning {
        Validate.isTrue(col >= 0, "col must be >= 0");
        Validate.notNullParam(role, "role");
    }

    public boolean isValue() {
        return role == Role.VALUE;
    }
}
