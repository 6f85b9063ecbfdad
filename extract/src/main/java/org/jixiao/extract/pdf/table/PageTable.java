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

    /** One row with text in at most one cell: the rest of a row cut by a page break, or a framed note. */
    public boolean isPiece() {
        return rows == 1 && cells.stream().filter(c -> !c.text().isBlank()).count() < 2;
    }

    /** The table without leading and trailing rows that are all blank (and not part of a taller cell). */
    public PageTable withoutEmptyEdgeRows() {
        int first = 0;
        while (first < rows - 1 && blankRow(first)) {
            first++;
        }
        int last = rows - 1;
        while (last > first && blankRow(last)) {
            last--;
        }
        if (first == 0 && last == rows - 1) {
            return this;
        }
        List<GridCell> kept = new ArrayList<>();
        for (GridCell c : cells) {
            if (c.row() >= first && c.row() <= last) {
                kept.add(new GridCell(c.row() - first, c.col(), c.rowSpan(), c.colSpan(), c.text(), c.bbox()));
            }
        }
        BBox box = new BBox(kept.stream().mapToDouble(c -> c.bbox().top()).min().orElse(bbox.top()), bbox.left(),
                kept.stream().mapToDouble(c -> c.bbox().bottom()).max().orElse(bbox.bottom()), bbox.right());
        return new PageTable(page, box, method, last - first + 1, cols, kept, columnXs);
    }

    private boolean blankRow(int r) {
        for (GridCell c : cells) {
            if (c.row() <= r && r < c.row() + c.rowSpan() && (c.rowSpan() > 1 || !c.text().isBlank())) {
                return false;
            }
        }
        return true;
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
