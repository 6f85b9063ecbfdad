package org.jixiao.extract.pdf.table;

import org.jixiao.model.BBox;
import org.jixiao.model.Validate;

/**
 * One cell of a recognized grid, at its top-left slot with its spans.
 *
 * @param row     0-based row
 * @param col     0-based column
 * @param rowSpan rows covered
 * @param colSpan columns covered
 * @param text    the text inside
 * @param bbox    the cell's box on the page
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, String text, BBox bbox) {
    public GridCell {
        Validate.isTrue(row >= 0 && col >= 0 && rowSpan >= 1 && colSpan >= 1, "bad cell position or span");
        text = text == null ? "" : text;
    }

    public GridCell moved(int newRow, String newText) {
        return new GridCell(newRow, col, rowSpan, colSpan, newText, bbox);
    }
}
