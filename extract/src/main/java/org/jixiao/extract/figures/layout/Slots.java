package org.jixiao.extract.figures.layout;

import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.table.Grid;
import org.jixiao.model.Cell;
import org.jixiao.model.Quantity;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;

/**
 * A table's slot {@link Grid} for reading its layout, with the number each top-left slot prints
 * (read with the one {@link NumberReader}, no unit yet).
 */
final class Slots {
    private final Grid grid;
    private final Quantity[][] number;

    Slots(Table t, NumberReader numbers) {
        grid = new Grid(t);
        number = new Quantity[grid.rows()][grid.cols()];
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.cols(); c++) {
                Cell o = grid.origin(r, c);
                if (o != null) {
                    number[r][c] = numbers.readCell(o.text(), Unit.NONE).orElse(null);
                }
            }
        }
    }

    int rows() {
        return grid.rows();
    }

    int cols() {
        return grid.cols();
    }

    String text(int r, int c) {
        return grid.text(r, c);
    }

    Cell origin(int r, int c) {
        return grid.origin(r, c);
    }

    /** The number printed in the cell whose top-left slot is (r, c), or null. */
    Quantity number(int r, int c) {
        return number[r][c];
    }

    /** True when the slot is covered by a cell that starts in an earlier row (a row span). */
    boolean spannedFromAbove(int r, int c) {
        return grid.origin(r, c) == null && r > 0 && !grid.text(r, c).isEmpty() && grid.text(r - 1, c).equals(grid.text(r, c));
    }
}
