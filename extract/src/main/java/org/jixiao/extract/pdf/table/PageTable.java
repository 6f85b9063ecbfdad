package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.model.BBox;
import org.jixiao.model.Validate;

/**
 * A table recognized on one page.
 *
 * @param page    1-based page
 * @param bbox    the table's box
 * @param method  "lattice" (from ruling lines) or "stream" (from text alignment)
 * @param rows    grid rows
 * @param cols    grid columns
 * @param cells   the cells, row-major, merged cells once with spans
 * @param columnXs the x positions of the column boundaries (cols + 1 values), for joining pages
 */
public record PageTable(int page, BBox bbox, String method, int rows, int cols, List<GridCell> cells,
                        List<Double> columnXs) {
    public PageTable {
        Validate.notNullParam(bbox, "bbox");
        cells = Validate.copy(cells);
        columnXs = Validate.copy(columnXs);
    }

    /** Rows of texts, a spanned cell's text in its first slot and "" elsewhere (tabula's layout). */
    public List<List<String>> grid() {
        String[][] g = new String[rows][cols];
        for (String[] r : g) {
            java.util.Arrays.fill(r, "");
        }
        for (GridCell c : cells) {
            g[c.row()][c.col()] = c.text();
        }
        List<List<String>> out = new ArrayList<>();
        for (String[] r : g) {
            out.add(List.of(r));
        }
        return out;
    }
}
