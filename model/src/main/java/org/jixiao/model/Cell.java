package org.jixiao.model;

/**
 * One cell of a table grid. A merged cell is one cell with its spans, stored at its top-left
 * slot; the slots it covers hold no other cell.
 *
 * @param row        0-based row of the top-left slot
 * @param col        0-based column of the top-left slot
 * @param rowSpan    rows covered (≥ 1)
 * @param colSpan    columns covered (≥ 1)
 * @param text       the cell text, lines joined with '\n' where the cell wraps on purpose
 * @param quantity   the number in the cell when the figures stage read one, else null
 * @param provenance where the cell was printed
 */
public record Cell(int row, int col, int rowSpan, int colSpan, String text, Quantity quantity,
                   Provenance provenance) {
    public Cell {
        Validate.isTrue(row >= 0 && col >= 0, "row and col must be >= 0");
        Validate.isTrue(rowSpan >= 1 && colSpan >= 1, "spans must be >= 1");
        text = text == null ? "" : text;
    }

    public static Cell of(int row, int col, String text, Provenance provenance) {
        return new Cell(row, col, 1, 1, text, null, provenance);
    }

    public Cell withQuantity(Quantity q) {
        return new Cell(row, col, rowSpan, colSpan, text, q, provenance);
    }

    public boolean covers(int r, int c) {
        return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
    }
}
