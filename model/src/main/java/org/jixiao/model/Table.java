package org.jixiao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table with its grid of cells.
 *
 * @param id          unique within the report, e.g. "t3"
 * @param caption     the caption printed with it ("表1基本支出资金明细表"), or null
 * @param unitLine    the unit line printed above or in it ("单位：万元"), or null
 * @param pages       1-based pages it is printed on (empty for Word/HTML/text)
 * @param sectionPath the headings of the sections it is in, outermost first
 * @param method      how it was recognized: docx | html | xlsx | text | lattice | stream
 * @param rows        number of grid rows
 * @param cols        number of grid columns
 * @param cells       the cells, row-major; merged cells once, with spans
 * @param provenance  where the table starts (block id, page, bbox)
 * @param layout      what the table means (kind, header rows, column meanings, row tree), decided by
 *                    extract's layout stage; null before it ran
 */
public record Table(String id, String caption, String unitLine, List<Integer> pages, List<String> sectionPath,
                    String method, int rows, int cols, List<Cell> cells, Provenance provenance, TableLayout layout) {
    public Table {
        Validate.notNullParam(id, "id");
        pages = Validate.copy(pages);
        sectionPath = Validate.copy(sectionPath);
        cells = Validate.copy(cells);
    }

    /** A table as recognized, before its layout is read. */
    public Table(String id, String caption, String unitLine, List<Integer> pages, List<String> sectionPath,
                 String method, int rows, int cols, List<Cell> cells, Provenance provenance) {
        this(id, caption, unitLine, pages, sectionPath, method, rows, cols, cells, provenance, null);
    }

    public Table withLayout(TableLayout newLayout) {
        return new Table(id, caption, unitLine, pages, sectionPath, method, rows, cols, cells, provenance, newLayout);
    }

    /** The cell covering slot (r, c), if any. */
    public Optional<Cell> cellAt(int r, int c) {
        for (Cell cell : cells) {
            if (cell.covers(r, c)) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** The text covering slot (r, c); a spanned cell's text appears in every slot it covers. */
    public String text(int r, int c) {
        return cellAt(r, c).map(Cell::text).orElse("");
    }

    /** The grid as rows of texts, a spanned cell's text in its first slot and "" in the others. */
    public List<List<String>> grid() {
        String[][] g = new String[rows][cols];
        for (String[] row : g) {
            java.util.Arrays.fill(row, "");
        }
        for (Cell cell : cells) {
            if (cell.row() < rows && cell.col() < cols) {
                g[cell.row()][cell.col()] = cell.text();
            }
        }
        List<List<String>> out = new ArrayList<>(rows);
        for (String[] row : g) {
            out.add(List.of(row));
        }
        return out;
    }

    public Table withCells(List<Cell> newCells) {
        return new Table(id, caption, unitLine, pages, sectionPath, method, rows, cols, newCells, provenance, layout);
    }

    public Table withSectionPath(List<String> path) {
        return new Table(id, caption, unitLine, pages, path, method, rows, cols, cells, provenance, layout);
    }

    public Table withCaption(String newCaption, String newUnitLine) {
        return new Table(id, newCaption, newUnitLine, pages, sectionPath, method, rows, cols, cells, provenance, layout);
    }
}
