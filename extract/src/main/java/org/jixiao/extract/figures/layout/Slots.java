package org.jixiao.extract.figures.layout;

import org.jixiao.extract.figures.NumberReader;
import org.jixiao.model.Cell;
import org.jixiao.model.Quantity;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A table as a slot grid for reading its layout: a merged cell's text in every slot it covers, the
 * cell at its top-left slot, and the number each top-left slot prints (read with the one
 * {@link NumberReader}, no unit yet). A 合计 row of a text dump that lost its label's span has its
 * figures moved right, as printed.
 */
final class Slots {
    private static final Pattern TOTAL = Pattern.compile("^(合计|总计|小计|总分|合\\s+计|总\\s+计)[:：]?$");
    private final String[][] text;
    private final Cell[][] origin;
    private final Quantity[][] number;

    Slots(Table t, NumberReader numbers) {
        int rows = Math.max(t.rows(), t.cells().stream().mapToInt(c -> c.row() + c.rowSpan()).max().orElse(0));
        int cols = Math.max(t.cols(), t.cells().stream().mapToInt(c -> c.col() + c.colSpan()).max().orElse(0));
        text = new String[rows][cols];
        origin = new Cell[rows][cols];
        number = new Quantity[rows][cols];
        for (String[] row : text) {
            Arrays.fill(row, "");
        }
        int[] shift = totalRowShifts(t, rows, cols);
        for (Cell c : t.cells()) {
            if (c.row() >= rows) {
                continue;
            }
            int col = c.col() == 0 ? 0 : Math.min(cols - 1, c.col() + shift[c.row()]);
            int span = c.col() == 0 ? c.colSpan() + shift[c.row()] : c.colSpan();
            origin[c.row()][col] = c;
            number[c.row()][col] = numbers.readCell(c.text(), Unit.NONE).orElse(null);
            for (int r = c.row(); r < c.row() + c.rowSpan() && r < rows; r++) {
                for (int k = col; k < col + span && k < cols; k++) {
                    text[r][k] = c.text() == null ? "" : c.text();
                }
            }
        }
    }

    private static int[] totalRowShifts(Table t, int rows, int cols) {
        int[] covered = new int[rows];
        boolean[] total = new boolean[rows];
        for (Cell c : t.cells()) {
            if (c.row() < rows) {
                // a cell spanning rows from above covers this row too (a header's 机关运行经费 column)
                for (int r = c.row(); r < Math.min(rows, c.row() + c.rowSpan()); r++) {
                    covered[r] += c.colSpan();
                }
                if (c.col() == 0 && c.text() != null && TOTAL.matcher(c.text().strip()).matches()) {
                    total[c.row()] = true;
                }
            }
        }
        int[] shift = new int[rows];
        for (int r = 0; r < rows; r++) {
            if (total[r] && covered[r] < cols) {
                shift[r] = cols - covered[r];
            }
        }
        return shift;
    }

    int rows() {
        return text.length;
    }

    int cols() {
        return text.length == 0 ? 0 : text[0].length;
    }

    String text(int r, int c) {
        return text[r][c];
    }

    Cell origin(int r, int c) {
        return origin[r][c];
    }

    /** The number printed in the cell whose top-left slot is (r, c), or null. */
    Quantity number(int r, int c) {
        return number[r][c];
    }

    /** True when the slot is covered by a cell that starts in an earlier row (a row span). */
    boolean spannedFromAbove(int r, int c) {
        return origin[r][c] == null && r > 0 && !text[r][c].isEmpty() && text[r - 1][c].equals(text[r][c]);
    }
}
