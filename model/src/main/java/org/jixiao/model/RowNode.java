package org.jixiao.model;

/**
 * One data row of a table in its row tree, decided once by extract from the label's numbering
 * (一、/（一）/1、/（1）/①), its 其中/含/减 prefix, its classification code (类 201 / 款 20101 / 项
 * 2010101) and words such as 合计/小计.
 *
 * @param row     0-based grid row
 * @param panel   the panel the label belongs to (see {@link ColumnMeaning#panel()})
 * @param label   the row label as printed (label cells joined), code excluded
 * @param kind    TOTAL, SUBTOTAL, WHEREOF (a part printed under 其中, not an addend of its parent's
 *                siblings), ITEM, or TEXT (a row without figures)
 * @param parent  the grid row of the parent node in the same panel, or −1 for a top-level row
 * @param code    the classification code as printed (功能分类 2010101, 经济分类 30101), or null
 * @param level   depth: 1 for the outermost items (类, 一、), growing inward; 0 for totals
 * @param scope   the scope the row's label names (basic, sangong.reception, item:NAME, unit:NAME …), or null
 * @param basis   how kind, parent and level were decided (e.g. "code:3 digits", "numbering:（一）", "prefix:其中")
 */
public record RowNode(int row, int panel, String label, Kind kind, int parent, String code, int level, String scope,
                      String basis) {
    /** The kinds of rows in a row tree. */
    public enum Kind { TOTAL, SUBTOTAL, WHEREOF, ITEM, TEXT }

    public RowNode {
        Validate.notNullParam(kind, "kind");
    }
}
