package org.jixiao.extract.text;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.ExtractContext;
import org.jixiao.model.Cell;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Provenance;
import org.jixiao.model.Table;

/**
 * A table as rows of {@link DraftCell}s, in the order printed, and the lines it covered. Turned
 * into a {@link Table} once its id is known.
 */
final class TableDraft {
    private final List<List<DraftCell>> rows = new ArrayList<>();
    private final int firstLine;
    private int lastLine;

    TableDraft(int firstLine) {
        this.firstLine = firstLine;
        this.lastLine = firstLine;
    }

    List<List<DraftCell>> rows() {
        return rows;
    }

    void addRow(List<DraftCell> row, int line) {
        if (!row.isEmpty()) {
            rows.add(new ArrayList<>(row));
        }
        lastLine = Math.max(lastLine, line);
    }

    void touch(int line) {
        lastLine = Math.max(lastLine, line);
    }

    int firstLine() {
        return firstLine;
    }

    int lastLine() {
        return lastLine;
    }

    int columns() {
        int n = 0;
        for (List<DraftCell> row : rows) {
            n = Math.max(n, width(row));
        }
        return n;
    }

    private static int width(List<DraftCell> row) {
        int w = 0;
        for (DraftCell c : row) {
            w = Math.max(w + 1, c.col() + 1);
        }
        return w;
    }

    int start() {
        return rows.isEmpty() ? 0 : rows.get(0).get(0).start();
    }

    /**
     * The finished table. With {@code wholeRowSpans} (Word dumps), a row of a single cell in a table
     * of several columns is a whole-row cell (a Word row merged across), so it spans all columns;
     * other short rows keep only the cells printed.
     */
    Table build(String id, String blockId, String reportId, boolean wholeRowSpans, ExtractContext ctx) {
        String method = "text";
        int cols = columns();
        int max = ctx.limits().maxCellsPerTable();
        List<Cell> cells = new ArrayList<>();
        int r = 0;
        for (List<DraftCell> row : rows) {
            int c = 0;
            for (DraftCell d : row) {
                if (cells.size() >= max) {
                    ctx.warn(DiagnosticCode.TOO_MANY_CELLS, "table " + id + " has more than " + max + " cells; the rest is left out",
                            Provenance.ofCell(reportId, id, r, c, null, method));
                    return finish(id, blockId, reportId, method, c > 0 ? r + 1 : r, cols, cells);
                }
                c = Math.max(c, d.col());
                int span = wholeRowSpans && row.size() == 1 && cols > 1 ? cols : 1;
                Provenance p = Provenance.ofCell(reportId, id, r, c, null, method).withChars(d.start(), d.end());
                cells.add(new Cell(r, c, 1, span, d.text(), null, p));
                c++;
            }
            r++;
        }
        return finish(id, blockId, reportId, method, r, cols, cells);
    }

    private Table finish(String id, String blockId, String reportId, String method, int nRows, int cols,
                         List<Cell> cells) {
        Provenance where = new Provenance(reportId, null, null, blockId, id, null, null, start(),
                cells.isEmpty() ? start() : cells.get(cells.size() - 1).provenance().charEnd(), method);
        return new Table(id, null, null, List.of(), List.of(), method, nRows, cols, cells, where);
    }

    /** The block text of a table: cells tab-separated, rows on lines. */
    static String blockText(Table t) {
        StringBuilder sb = new StringBuilder();
        int row = -1;
        for (Cell c : t.cells()) {
            if (c.row() != row) {
                if (row >= 0) {
                    sb.append('\n');
                }
                row = c.row();
            } else {
                sb.append('\t');
            }
            sb.append(c.text().replace('\n', ' '));
        }
        return sb.toString();
    }
}
