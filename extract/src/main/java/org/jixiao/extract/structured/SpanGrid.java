package org.jixiao.extract.structured;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.jixiao.model.Cell;
import org.jixiao.model.Provenance;
import org.jixiao.model.Validate;

/**
 * Builds a table grid from rows of cells with spans, the way HTML tables are laid out: each cell
 * takes the next slot of its row that no earlier row- or column-spanning cell occupies. Cells can
 * also be put at known slots (Word's grid columns, spreadsheet addresses).
 *
 * <p>Bounded: the slots covered by all cells, and the rows × columns of the result, never exceed
 * {@code maxSlots}; spans are cut and cells beyond that dropped, and {@link #truncated()} says so.
 */
public final class SpanGrid {
    /** HTML caps colspan at 1000; we apply the same cap to both spans of every format. */
    static final int MAX_SPAN = 1000;

    /** Where a cell at (row, col) of the table being built was printed. */
    @FunctionalInterface
    public interface CellProvenance {
        Provenance at(int row, int col);
    }

    private record Placed(int row, int col, int rowSpan, int colSpan, String text) {
    }

    private final CellProvenance provenance;
    private final long maxSlots;
    private final List<BitSet> occupied = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();
    private long slots;
    private int row = -1;
    private int cursor;
    private int startedRows;
    private boolean truncated;

    public SpanGrid(CellProvenance provenance, long maxSlots) {
        this.provenance = Validate.notNullParam(provenance, "provenance");
        Validate.isTrue(maxSlots > 0, "maxSlots must be > 0");
        this.maxSlots = maxSlots;
    }

    /** Starts the next row; cells added with {@link #add} go into it. */
    public void startRow() {
        row++;
        cursor = 0;
        startedRows = row + 1;
    }

    /** Adds a cell at the next free slot of the current row. Returns false when the grid is full. */
    public boolean add(String text, int rowSpan, int colSpan) {
        Validate.isTrue(row >= 0, "startRow() before add()");
        while (isOccupied(row, cursor)) {
            cursor++;
        }
        int col = cursor;
        boolean ok = put(row, col, rowSpan, colSpan, text);
        cursor = col + clamp(colSpan);
        return ok;
    }

    /** Puts a cell at a known top-left slot. Returns false when the grid is full. */
    public boolean put(int r, int c, int rowSpan, int colSpan, String text) {
        Validate.isTrue(r >= 0 && c >= 0, "row and col must be >= 0");
        long room = maxSlots - slots;
        if (room <= 0) {
            truncated = true;
            return false;
        }
        // A span larger than the room left is cut to fit (bogus spans are seldom meant).
        int cs = (int) Math.min(clamp(colSpan), room);
        int rs = (int) Math.min(clamp(rowSpan), Math.max(1, room / cs));
        if (cs < colSpan || rs < rowSpan && rs < MAX_SPAN) {
            truncated = true;
        }
        slots += (long) rs * cs;
        for (int i = r; i < r + rs; i++) {
            while (occupied.size() <= i) {
                occupied.add(new BitSet());
            }
            occupied.get(i).set(c, c + cs);
        }
        placed.add(new Placed(r, c, rs, cs, text == null ? "" : text));
        return true;
    }

    /** True when cells were dropped to stay within the bound. */
    public boolean truncated() {
        return truncated;
    }

    public int rows() {
        int rows = startedRows;
        for (Placed p : placed) {
            rows = Math.max(rows, p.row() + 1);
        }
        int cols = cols();
        if (cols > 0 && (long) rows * cols > maxSlots) {
            rows = (int) (maxSlots / cols);
        }
        return rows;
    }

    public int cols() {
        int cols = 0;
        for (Placed p : placed) {
            cols = Math.max(cols, p.col() + p.colSpan());
        }
        return cols;
    }

    /**
     * The cells row-major, spans clipped to the grid (an HTML rowspan past the last row ends
     * there), each with its provenance.
     */
    public List<Cell> cells() {
        int rows = rows();
        List<Cell> out = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            if (p.row() >= rows) {
                truncated = true;
                continue;
            }
            int rs = Math.min(p.rowSpan(), rows - p.row());
            out.add(new Cell(p.row(), p.col(), rs, p.colSpan(), p.text(), null, provenance.at(p.row(), p.col())));
        }
        return BlockCollector.rowMajor(out);
    }

    private boolean isOccupied(int r, int c) {
        return r < occupied.size() && occupied.get(r).get(c);
    }

    private static int clamp(int span) {
        return Math.max(1, Math.min(span, MAX_SPAN));
    }
}
