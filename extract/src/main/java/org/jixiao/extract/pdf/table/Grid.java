package org.jixiao.extract.pdf.table;

import java.util.List;

import org.jixiao.model.Validate;

/**
 * A cell grid from ruling lines, before text is placed.
 *
 * @param xs    column boundaries, left to right (cols + 1)
 * @param ys    row boundaries, top to bottom (rows + 1)
 * @param cells the cells with spans and boxes (text empty)
 */
public record Grid(List<Double> xs, List<Double> ys, List<GridCell> cells) {
    public Grid {
        xs = Validate.copy(xs);
        ys = Validate.copy(ys);
        cells = Validate.copy(cells);
    }

    public int rows() {
        return Math.max(0, ys.size() - 1);
    }

    public int cols() {
        return Math.max(0, xs.size() - 1);
    }
}
