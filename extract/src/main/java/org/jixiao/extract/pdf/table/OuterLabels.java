package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.PdfPage;
import org.jixiao.extract.pdf.TextChar;
import org.jixiao.extract.pdf.text.LineBuilder;
import org.jixiao.extract.pdf.text.TextLine;
import org.jixiao.model.BBox;

/**
 * Row labels printed left of a ruled grid, outside its frame (the rules box the figures only): a
 * column of short lines level with the grid's rows becomes the grid's first column.
 */
final class OuterLabels {
    /** Share of the grid's rows that must have a label. */
    private static final double ROWS_LABELLED = 0.3;

    private final LineBuilder lineBuilder = new LineBuilder();

    /** The grid with a label column added at its left, or the grid itself when there is none. */
    Grid widen(PdfPage page, Grid grid) {
        List<Double> xs = grid.xs();
        List<Double> ys = grid.ys();
        if (grid.rows() < 3) {
            return grid;
        }
        double left = xs.get(0);
        double width = xs.get(xs.size() - 1) - left;
        List<TextChar> outside = new ArrayList<>();
        for (TextChar c : page.chars()) {
            if (!c.isBlank() && c.turn() == 0 && c.right() < left && c.centerY() > ys.get(0)
                    && c.centerY() < ys.get(ys.size() - 1)) {
                outside.add(c);
            }
        }
        List<TextLine> lines = lineBuilder.lines(outside);
        if (lines.size() < 2) {
            return grid;
        }
        int[] perRow = new int[grid.rows()];
        double labelLeft = left;
        double labelRight = -Double.MAX_VALUE;
        double size = 0;
        for (TextLine l : lines) {
            int r = row(ys, (l.top() + l.bottom()) / 2);
            perRow[r]++;
            labelLeft = Math.min(labelLeft, l.left());
            labelRight = Math.max(labelRight, l.right());
            size = Math.max(size, l.fontSize());
        }
        int labelled = 0;
        for (int n : perRow) {
            if (n > 2) {
                return grid; // a paragraph beside the table, not one label per row
            }
            labelled += n > 0 ? 1 : 0;
        }
        boolean near = left - labelRight <= Math.max(3 * size, 0.15 * width);
        if (!near || labelled < 2 || labelled < ROWS_LABELLED * grid.rows()) {
            return grid;
        }
        return withColumn(grid, labelLeft - 1);
    }

    private static Grid withColumn(Grid grid, double labelLeft) {
        List<Double> xs = new ArrayList<>();
        xs.add(labelLeft);
        xs.addAll(grid.xs());
        List<Double> ys = grid.ys();
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            cells.add(new GridCell(r, 0, 1, 1, "", new BBox(ys.get(r), labelLeft, ys.get(r + 1), grid.xs().get(0))));
        }
        for (GridCell c : grid.cells()) {
            cells.add(new GridCell(c.row(), c.col() + 1, c.rowSpan(), c.colSpan(), c.text(), c.bbox()));
        }
        cells.sort(java.util.Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::col));
        return new Grid(xs, ys, cells);
    }

    private static int row(List<Double> ys, double y) {
        for (int i = 1; i < ys.size() - 1; i++) {
            if (y < ys.get(i)) {
                return i - 1;
            }
        }
        return ys.size() - 2;
    }
}
