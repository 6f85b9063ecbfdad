package org.jixiao.extract.figures.layout;

import org.jixiao.model.Cell;
import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.Provenance;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.RowNode;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The printed figures of one table as relation terms: a cell's quantity (read by the table facts
 * stage), its fact id, its row and column labels and its row as context.
 */
final class Terms {
    private final Table table;
    private final Set<String> factIds;
    private final Cell[][] origin;

    Terms(Table table, Set<String> factIds) {
        this.table = table;
        this.factIds = factIds;
        int rows = Math.max(table.rows(), table.cells().stream().mapToInt(c -> c.row() + 1).max().orElse(0));
        int cols = Math.max(table.cols(), table.cells().stream().mapToInt(c -> c.col() + 1).max().orElse(0));
        origin = new Cell[rows][cols];
        for (Cell c : table.cells()) {
            origin[c.row()][c.col()] = c;
        }
    }

    Table table() {
        return table;
    }

    /** The term for the figure at (row, col), or null when nothing is printed there. */
    RelationTerm at(RowNode node, ColumnMeaning col, String role, int sign) {
        if (node.row() >= origin.length || col.col() >= origin[0].length) {
            return null;
        }
        Cell cell = origin[node.row()][col.col()];
        if (cell == null || cell.quantity() == null) {
            return null;
        }
        String id = LayoutMeaning.cellId(table.id(), node.row(), col.col());
        Provenance p = cell.provenance() != null ? cell.provenance()
                : Provenance.ofCell(null, table.id(), node.row(), col.col(),
                table.pages().size() == 1 ? table.pages().get(0) : null, table.method());
        if (p.tableId() == null || p.row() == null) {
            p = new Provenance(p.reportId(), p.page(), p.bbox(), p.blockId(), table.id(), node.row(), col.col(),
                    p.charStart(), p.charEnd(), p.extractor());
        }
        String label = (node.label().isBlank() ? "" : node.label() + " / ") + col.header();
        return new RelationTerm(factIds.contains(id) ? id : null, role, sign, cell.quantity(), label, p,
                rowText(node.row()));
    }

    /** Terms of {@code nodes} in one column, skipping cells where nothing is printed. */
    List<RelationTerm> column(List<RowNode> nodes, ColumnMeaning col, String role) {
        List<RelationTerm> out = new ArrayList<>();
        for (RowNode n : nodes) {
            RelationTerm t = at(n, col, role, 1);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean isMoney(ColumnMeaning c) {
        return c.isValue() && !"rate".equals(c.measure()) && c.unit() != Unit.PERCENT;
    }

    String caption() {
        return table.caption() == null ? table.id() : table.id() + "「" + table.caption() + "」";
    }

    private String rowText(int r) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < origin[r].length; c++) {
            Cell cell = origin[r][c];
            if (cell != null && !cell.text().isBlank()) {
                sb.append(sb.length() > 0 ? " | " : "").append(cell.text().replaceAll("\\s+", " ").strip());
            }
        }
        return sb.toString();
    }
}
