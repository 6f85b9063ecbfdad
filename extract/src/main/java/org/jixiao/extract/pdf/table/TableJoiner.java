package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.text.Scripts;
import org.jixiao.model.Validate;

/**
 * Joins a table continued on the next page. The parts are laid on the union of their column
 * boundaries (a 合计 row spanning two columns has fewer, a score sheet's rows on one page may use
 * other boundaries than those on the next). A header repeated at the top of the continuation is
 * dropped (a missing one is fine), and a row the page break cut in two (first cell empty on the new
 * page) is put back together.
 */
public final class TableJoiner {
    /** Column boundaries may move by this much (pt) between pages. */
    private static final double COLUMN_TOLERANCE = 4.0;

    /**
     * True when {@code next}, the first thing on its page, continues {@code prev}, the last thing on
     * the page before: the same outer edges and mostly the same column boundaries (rows of one table
     * need not share every boundary), or a one-row piece whose boundaries are all among prev's (the
     * rest of a row the page break cut, framed only where it has text).
     */
    public boolean continues(PageTable prev, PageTable next) {
        Validate.notNullParam(prev, "prev");
        Validate.notNullParam(next, "next");
        if (next.page() != prev.page() + 1 || prev.cols() < 2) {
            return false;
        }
        List<Double> a = prev.columnXs();
        List<Double> b = next.columnXs();
        if (a.size() < 2 || b.size() < 2) {
            return false;
        }
        if (next.rows() == 1 && b.stream().allMatch(x -> indexOf(a, x) >= 0)) {
            return true;
        }
        if (!near(a.get(0), b.get(0)) || !near(a.get(a.size() - 1), b.get(b.size() - 1))) {
            return false;
        }
        int shared = 0;
        for (int i = 1; i < b.size() - 1; i++) {
            shared += indexOf(a, b.get(i)) >= 0 ? 1 : 0;
        }
        int inner = Math.min(a.size(), b.size()) - 2;
        return inner <= 0 ? a.size() == b.size() : shared * 2 >= inner + 1;
    }

    /** Stacks the parts on the union of their column boundaries, dropping repeated headers and mending rows cut by a page break. */
    public JoinedTable join(List<PageTable> parts) {
        Validate.isTrue(parts != null && !parts.isEmpty(), "at least one part");
        List<Double> xs = union(parts);
        PageTable first = remap(parts.get(0), xs);
        List<GridCell> cells = new ArrayList<>(first.cells());
        List<Integer> pages = new ArrayList<>();
        first.cells().forEach(c -> pages.add(first.page()));
        int rows = first.rows();
        for (PageTable original : parts.subList(1, parts.size())) {
            PageTable part = remap(original, xs);
            int skip = Math.max(repeatedHeaderRows(first, part), leadingEmptyRows(part));
            boolean mend = skip < part.rows() && rowCutByBreak(cells, rows, part, skip);
            int offset = rows - skip - (mend ? 1 : 0);
            for (GridCell c : part.cells()) {
                if (c.row() < skip) {
                    continue;
                }
                if (mend && c.row() == skip && c.rowSpan() == 1 && appendToRowAbove(cells, rows - 1, c)) {
                    continue;
                }
                cells.add(new GridCell(c.row() + offset, c.col(), c.rowSpan(), c.colSpan(), c.text(), c.bbox()));
                pages.add(part.page());
            }
            rows = part.rows() + offset;
        }
        return new JoinedTable(rows, xs.size() - 1, cells, pages, first.method());
    }

    /** All column boundaries of the parts, near-equal ones as one (the first part's position wins). */
    static List<Double> union(List<PageTable> parts) {
        List<Double> xs = new ArrayList<>(parts.get(0).columnXs());
        for (PageTable p : parts.subList(1, parts.size())) {
            for (double x : p.columnXs()) {
                if (indexOf(xs, x) < 0) {
                    xs.add(x);
                }
            }
        }
        xs.sort(null);
        return xs;
    }

    /** The part with its cells renumbered onto the boundaries {@code xs} (spans grow where a boundary is new). */
    private static PageTable remap(PageTable part, List<Double> xs) {
        List<Double> own = part.columnXs();
        if (own.equals(xs)) {
            return part;
        }
        List<GridCell> cells = new ArrayList<>();
        int width = xs.size() - 1;
        for (GridCell c : part.cells()) {
            int col = Math.max(0, indexOf(xs, own.get(c.col())));
            int end = indexOf(xs, own.get(c.col() + c.colSpan()));
            end = end <= col ? Math.min(width, col + c.colSpan()) : end;
            cells.add(new GridCell(c.row(), col, c.rowSpan(), end - col, c.text(), c.bbox()));
        }
        return new PageTable(part.page(), part.bbox(), part.method(), part.rows(), width, cells, xs);
    }

    private static int indexOf(List<Double> xs, double x) {
        for (int i = 0; i < xs.size(); i++) {
            if (near(xs.get(i), x)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= COLUMN_TOLERANCE;
    }

    /** How many leading rows of {@code part} repeat the leading rows of {@code first}, text for text. */
    static int repeatedHeaderRows(PageTable first, PageTable part) {
        List<List<String>> a = first.grid();
        List<List<String>> b = part.grid();
        int n = 0;
        while (n < a.size() - 1 && n < b.size() - 1 && a.get(n).equals(b.get(n)) && !isBlank(a.get(n))) {
            n++;
        }
        // never cut through a cell spanning past the repeated rows
        for (GridCell c : part.cells()) {
            if (c.row() < n && c.row() + c.rowSpan() > n) {
                return 0;
            }
        }
        return n;
    }

    private static int leadingEmptyRows(PageTable part) {
        List<List<String>> g = part.grid();
        int n = 0;
        while (n < g.size() - 1 && isBlank(g.get(n))) {
            n++;
        }
        return n;
    }

    /**
     * The continuation's first row has an empty first cell while the row above has text in its first
     * cell, or has the very same cells (a row of long texts the break cut, first cell empty on both sides).
     */
    private static boolean rowCutByBreak(List<GridCell> cells, int rows, PageTable part, int row) {
        String firstBelow = part.grid().get(row).get(0);
        GridCell above = cellAt(cells, rows - 1, 0);
        boolean belowHasText = part.cells().stream().anyMatch(c -> c.row() == row && c.rowSpan() == 1
                && !c.text().isBlank());
        return firstBelow.isBlank() && above != null && above.rowSpan() == 1 && belowHasText
                && (!above.text().isBlank() || sameCells(cells, rows - 1, part, row) && cutText(cells, rows - 1, part, row));
    }

    /**
     * Every text below sits under a text above, and some text above is a long one stopped
     * mid-sentence: what a page break does to a row of paragraphs, not what two short rows look like.
     */
    private static boolean cutText(List<GridCell> cells, int aboveRow, PageTable part, int row) {
        boolean cut = false;
        for (GridCell b : part.cells()) {
            if (b.row() != row || b.text().isBlank()) {
                continue;
            }
            GridCell a = cellAt(cells, aboveRow, b.col());
            if (a == null || a.text().isBlank()) {
                return false;
            }
            String t = a.text().strip();
            cut |= t.length() >= 20 && "。！？；.!?;".indexOf(t.charAt(t.length() - 1)) < 0;
        }
        return cut;
    }

    private static boolean sameCells(List<GridCell> cells, int aboveRow, PageTable part, int row) {
        List<String> a = new ArrayList<>();
        cells.stream().filter(c -> c.row() == aboveRow).forEach(c -> a.add(c.col() + "+" + c.colSpan() + "x" + c.rowSpan()));
        List<String> b = new ArrayList<>();
        part.cells().stream().filter(c -> c.row() == row).forEach(c -> b.add(c.col() + "+" + c.colSpan() + "x" + c.rowSpan()));
        a.sort(null);
        b.sort(null);
        return !a.isEmpty() && a.equals(b);
    }

    private static boolean appendToRowAbove(List<GridCell> cells, int row, GridCell below) {
        for (int i = 0; i < cells.size(); i++) {
            GridCell c = cells.get(i);
            if (c.row() == row && c.col() == below.col() && c.colSpan() == below.colSpan() && c.rowSpan() == 1) {
                cells.set(i, c.moved(row, Scripts.join(c.text(), below.text(), " ")));
                return true;
            }
        }
        return false;
    }

    private static GridCell cellAt(List<GridCell> cells, int row, int col) {
        for (GridCell c : cells) {
            if (c.row() <= row && row < c.row() + c.rowSpan() && c.col() <= col && col < c.col() + c.colSpan()) {
                return c;
            }
        }
        return null;
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }
}
