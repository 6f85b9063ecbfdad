package org.jixiao.extract.office;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.structured.SpanGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table to grid cells with spans. Word stores a horizontal merge as one cell with
 * {@code w:gridSpan}, and a vertical merge as a {@code w:vMerge="restart"} cell followed, in the
 * rows below, by {@code w:vMerge} (continue) cells at the same grid column; those become one cell
 * with a row span, and the covered slots hold no cell. Grid columns are counted from
 * {@code w:gridBefore} and the spans, so a row that starts late lands in the right column.
 */
final class DocxTableReader {
    private enum Merge { NONE, RESTART, CONTINUE }

    private record RawCell(int col, int colSpan, Merge merge, String text) {
    }

    /** A cell being built; rowSpan grows while continue cells follow below it. */
    private static final class Open {
        final int row;
        final RawCell cell;
        int rowSpan = 1;

        Open(int row, RawCell cell) {
            this.row = row;
            this.cell = cell;
        }
    }

    private DocxTableReader() {
    }

    static SpanGrid read(XWPFTable table, DocxText text, SpanGrid grid, ExtractContext ctx) throws ExtractionException {
        List<Open> cells = new ArrayList<>();
        Map<Integer, Open> open = new HashMap<>();
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            ctx.checkDeadline();
            Map<Integer, Open> next = new HashMap<>();
            for (RawCell raw : rawCells(rows.get(r), text)) {
                Open above = open.get(raw.col());
                if (raw.merge() == Merge.CONTINUE && above != null && above.cell.colSpan() == raw.colSpan()) {
                    above.rowSpan++;
                    next.put(raw.col(), above);
                } else {
                    Open o = new Open(r, raw);
                    cells.add(o);
                    if (raw.merge() == Merge.RESTART) {
                        next.put(raw.col(), o);
                    }
                }
            }
            open = next;
        }
        for (int r = 0; r < rows.size(); r++) {
            grid.startRow();
        }
        for (Open o : cells) {
            grid.put(o.row, o.cell.col(), o.rowSpan, o.cell.colSpan(), o.cell.text());
        }
        return grid;
    }

    private static List<RawCell> rawCells(XWPFTableRow row, DocxText text) {
        List<RawCell> out = new ArrayList<>();
        int col = gridBefore(row.getCtRow().getTrPr());
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr pr = cell.getCTTc().getTcPr();
            int span = pr != null && pr.isSetGridSpan() ? positive(pr.getGridSpan().getVal()) : 1;
            Merge merge = Merge.NONE;
            if (pr != null && pr.isSetVMerge()) {
                merge = STMerge.RESTART.equals(pr.getVMerge().getVal()) ? Merge.RESTART : Merge.CONTINUE;
            }
            out.add(new RawCell(col, span, merge, text.cell(cell)));
            col += span;
        }
        return out;
    }

    private static int gridBefore(CTTrPr pr) {
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        BigInteger n = pr.getGridBeforeArray(0).getVal();
        return n == null || n.signum() <= 0 ? 0 : positive(n);
    }

    /** A span as Word wrote it, at least 1 and at most 1000 (hostile files put anything there). */
    private static int positive(BigInteger v) {
        if (v == null || v.signum() <= 0) {
            return 1;
        }
        return v.compareTo(BigInteger.valueOf(1000)) > 0 ? 1000 : v.intValue();
    }
}
