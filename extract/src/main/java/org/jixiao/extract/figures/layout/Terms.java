package org.jixiao.extract.figures.layout;

import org.jixiao.extract.figures.NumberReader;
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
    private final Slots slots;
    private final NumberReader numbers;

    /** The slots are the layout's, so a 合计 row whose figures the layout moved right is read where the layout reads it. */
    Terms(Table table, Set<String> factIds, NumberReader numbers) {
        this.table = table;
        this.factIds = factIds;
        this.slots = new Slots(table, numbers);
        this.numbers = numbers;
    }

    Table table() {
        return table;
    }

    /** The term for the figure at (row, col), or null when nothing is printed there. */
    RelationTerm at(RowNode node, ColumnMeaning col, String role, int sign) {
        if (node.row() >= slots.rows() || col.col() >= slots.cols()) {
            return null;
        }
        Cell cell = slots.origin(node.row(), col.col());
        if (cell == null || cell.quantity() == null) {
            return null;
        }
        String id = LayoutMeaning.cellId(table.id(), cell.row(), cell.col());
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

    /**
     * False when the cell prints something the figures stage could not read as one figure ("59.00 59.00"
     * from two cells run together, or a number whose unit is unknown): a sum over it would be a guess.
     */
    boolean readable(RowNode node, ColumnMeaning col) {
        if (node.row() >= slots.rows() || col.col() >= slots.cols()) {
            return true;
        }
        Cell cell = slots.origin(node.row(), col.col());
        return cell == null || cell.quantity() != null || cell.text() == null || cell.text().isBlank()
                || numbers.isNothingPrinted(cell.text());
    }

    /** Terms of {@code nodes} in one column, skipping cells where nothing is printed; null when one is unreadable. */
    List<RelationTerm> column(List<RowNode> nodes, ColumnMeaning col, String role) {
        List<RelationTerm> out = new ArrayList<>();
        for (RowNode n : nodes) {
            if (!readable(n, col)) {
                return null;
            }
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
        for (int c = 0; c < slots.cols(); c++) {
            Cell cell = slots.origin(r, c);
            if (cell != null && !cell.text().isBlank()) {
                sb.append(sb.length() > 0 ? " | " : "").append(cell.text().replaceAll("\\s+", " ").strip());
            }
        }
        return sb.toString();
    }
}
