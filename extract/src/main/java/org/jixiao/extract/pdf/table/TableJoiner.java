package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.text.Scripts;
import org.jixiao.model.Validate;

/**
 * Joins a table continued on the next page. The continuation's column boundaries must be among the
 * first part's (a 合计 row spanning two columns has fewer boundaries), at the same positions. A header
 * repeated at the top of the continuation is dropped (a missing one is fine), and a row the page
 * break cut in two (first cell empty on the new page) is put back together.
 */
public final class TableJoiner {
    /** Column boundaries may move by this much (pt) between pages. */
    private static final double COLUMN_TOLERANCE = 4.0;

    /** True when {@code next}, the first thing on its page, continues {@code prev}, the last thing on the page before. */
    public boolean continues(PageTable prev, PageTable next) {
        Validate.notNullParam(prev, "prev");
        Validate.notNullParam(next, "next");
        if (next.page() != prev.page() + 1 || prev.cols() < 2) {
            return false;
        }
        return columnMap(prev, next) != null;
    }

    /** For each boundary of {@code next}, the index of the same boundary in {@code first}; null when they differ. */
    static int[] columnMap(PageTable first, PageTable next) {
        List<Double> a = first.columnXs();
        List<Double> b = next.columnXs();
        if (a.isEmpty() || b.size() < 2 || b.size() > a.size()) {
            return null;
        }
        int[] map = new int[b.size()];
        int k = 0;
        for (int j = 0; j < b.size(); j++) {
            while (k < a.size() && a.get(k) < b.get(j) - COLUMN_TOLERANCE) {
                k++;
            }
            if (k == a.size() || Math.abs(a.get(k) - b.get(j)) > COLUMN_TOLERANCE) {
                return null;
            }
            map[j] = k;
        }
        return map[0] == 0 && map[b.size() - 1] == a.size() - 1 ? map : null;
    }

    /** Stacks the parts, dropping repeated headers and mending rows cut by a page break. */
    public JoinedTable join(List<PageTable> parts) {
        Validate.isTrue(parts != null && !parts.isEmpty(), "at least one part");
        PageTable first = parts.get(0);
        List<GridCell> cells = new ArrayList<>(first.cells());
        List<Integer> pages = new ArrayList<>();
        first.cells().forEach(c -> pages.add(first.page()));
        int rows = first.rows();
        for (PageTable part : parts.subList(1, parts.size())) {
            PageTable mapped = remap(first, part);
            int skip = Math.max(repeatedHeaderRows(first, mapped), leadingEmptyRows(mapped));
            boolean mend = skip < mapped.rows() && rowCutByBreak(cells, rows, mapped, skip);
            int offset = rows - skip - (mend ? 1 : 0);
            for (GridCell c : mapped.cells()) {
                if (c.row() < skip) {
                    continue;
                }
                if (mend && c.row() == skip && c.rowSpan() == 1 && appendToRowAbove(cells, rows - 1, c)) {
                    continue;
                }
                cells.add(new GridCell(c.row() + offset, c.col(), c.rowSpan(), c.colSpan(), c.text(), c.bbox()));
                pages.add(part.page());
            }
            rows = mapped.rows() + offset;
        }
        return new JoinedTable(rows, first.cols(), cells, pages, first.method());
    }

    /** The part with its columns renumbered onto the first part's boundaries. */
    private static PageTable remap(PageTable first, PageTable part) {
        int[] map = columnMap(first, part);
        if (map == null || part.cols() == first.cols()) {
            return part;
        }
        List<GridCell> cells = new ArrayList<>();
        for (GridCell c : part.cells()) {
            int col = map[c.col()];
            int end = map[c.col() + c.colSpan()];
            cells.add(new GridCell(c.row(), col, c.rowSpan(), end - col, c.text(), c.bbox()));
        }
        return new PageTable(part.page(), part.bbox(), part.method(), part.rows(), first.cols(), cells, first.columnXs());
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

    /** The continuation's first row has an empty first cell while the row above has text in it. */
    private static boolean rowCutByBreak(List<GridCell> cells, int rows, PageTable part, int row) {
        String firstBelow = part.grid().get(row).get(0);
        GridCell above = cellAt(cells, rows - 1, 0);
        return firstBelow.isBlank() && above != null && above.rowSpan() == 1 && !above.text().isBlank()
                && part.cells().stream().anyMatch(c -> c.row() == row && c.rowSpan() == 1 && !c.text().isBlank());
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
