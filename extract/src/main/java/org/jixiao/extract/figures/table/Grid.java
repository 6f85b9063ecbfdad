package org.jixiao.extract.figures.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.model.Cell;
import org.jixiao.model.Table;

/**
 * A table as a slot grid: a merged cell's text in every slot it covers, its cell at its top-left. A
 * 合计 row of a text dump that lost its label's span has its figures moved right, as printed. The one
 * grid both the layout reader and the fact readers walk.
 */
public final class Grid {
    private final String[][] text;
    private final Cell[][] origin;

    private static final Pattern TOTAL = Pattern.compile("^(合计|总计|小计|总分|合\\s+计|总\\s+计)[:：]?$");

    public Grid(Table t) {
        int rows = Math.max(t.rows(), t.cells().stream().mapToInt(c -> c.row() + c.rowSpan()).max().orElse(0));
        int cols = Math.max(t.cols(), t.cells().stream().mapToInt(c -> c.col() + c.colSpan()).max().orElse(0));
        text = new String[rows][cols];
        origin = new Cell[rows][cols];
        for (String[] row : text) {
            java.util.Arrays.fill(row, "");
        }
        int[] shift = totalRowShifts(t, rows, cols);
        for (Cell c : t.cells()) {
            int col = c.col() == 0 ? 0 : Math.min(cols - 1, c.col() + shift[c.row()]);
            int span = c.col() == 0 ? c.colSpan() + shift[c.row()] : c.colSpan();
            origin[c.row()][col] = c;
            for (int r = c.row(); r < c.row() + c.rowSpan() && r < rows; r++) {
                for (int k = col; k < col + span && k < cols; k++) {
                    text[r][k] = c.text() == null ? "" : c.text();
                }
            }
        }
    }

    /**
     * A 合计 row printed with fewer cells than the table has columns lost the span of its merged
     * label cell (Word text dumps): its label is taken to span the missing slots, as in the document.
     */
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

    public int rows() {
        return text.length;
    }

    public int cols() {
        return text.length == 0 ? 0 : text[0].length;
    }

    public String text(int r, int c) {
        return text[r][c];
    }

    /** The cell whose top-left slot is (r, c), or null. */
    public Cell origin(int r, int c) {
        return origin[r][c];
    }

    /** The row's slot texts; a row-spanning cell repeats in the rows below. */
    List<String> row(int r) {
        return List.of(text[r]);
    }

    /** The nearest non-empty text left of (r, c) that is not itself a number. */
    String textLeftOf(int r, int c) {
        for (int k = c - 1; k >= 0; k--) {
            String s = text[r][k].strip();
            if (!s.isEmpty() && !s.matches("[-+\\d.,，%％\\s]+")) {
                return s;
            }
            if (!s.isEmpty()) {
                return "";
            }
        }
        return "";
    }

    /** The column of the nearest non-empty, non-number text left of (r, c), or -1. */
    int textColumnLeftOf(int r, int c) {
        for (int k = c - 1; k >= 0; k--) {
            String s = text[r][k].strip();
            if (!s.isEmpty() && !s.matches("[-+\\d.,，%％\\s—/]+")) {
                return k;
            }
        }
        return -1;
    }

    /** Distinct non-empty texts of a row, in order. */
    List<String> distinctTexts(int r) {
        List<String> out = new ArrayList<>();
        for (String s : text[r]) {
            String t = s.strip();
            if (!t.isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
