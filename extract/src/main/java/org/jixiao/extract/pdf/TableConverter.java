package org.jixiao.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jixiao.extract.pdf.table.GridCell;
import org.jixiao.extract.pdf.table.JoinedTable;
import org.jixiao.extract.pdf.table.PageTable;
import org.jixiao.model.Cell;
import org.jixiao.model.Provenance;
import org.jixiao.model.Table;

/** Recognized grids to model {@link Table}s with provenance on every cell. */
final class TableConverter {
    private final String reportId;
    private final OcrMarks ocr;

    TableConverter(String reportId, OcrMarks ocr) {
        this.reportId = reportId;
        this.ocr = ocr;
    }

    Table convert(String tableId, String blockId, JoinedTable joined, List<PageTable> parts, String caption,
                  String unit) {
        List<Cell> cells = new ArrayList<>(joined.cells().size());
        for (int i = 0; i < joined.cells().size(); i++) {
            GridCell g = joined.cells().get(i);
            Provenance p = new Provenance(reportId, joined.cellPages().get(i), g.bbox(), blockId, tableId, g.row(),
                    g.col(), 0, g.text().length(), joined.method());
            p = ocr.mark(p, joined.cellPages().get(i), g.bbox());
            cells.add(new Cell(g.row(), g.col(), g.rowSpan(), g.colSpan(), g.text(), null, p));
        }
        TreeSet<Integer> pages = new TreeSet<>();
        for (PageTable part : parts) {
            pages.add(part.page());
        }
        PageTable first = parts.get(0);
        Provenance where = new Provenance(reportId, first.page(), first.bbox(), blockId, tableId, null, null, null, null,
                joined.method());
        return new Table(tableId, caption, unit, List.copyOf(pages), List.of(), joined.method(), joined.rows(),
                joined.cols(), cells, where);
    }

    /** The table as block text: rows on lines, cells separated by tabs. */
    static String text(Table t) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : t.grid()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(String.join("\t", row));
        }
        return sb.toString();
    }
}
