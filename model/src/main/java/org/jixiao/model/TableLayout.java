package org.jixiao.model;

import java.util.List;
import java.util.Optional;

/**
 * The meaning of a table, decided once by extract: which standard table it is, what its totals
 * are totals of, which rows are headers, what each column means and how the rows nest. {@code check},
 * {@code index} and every output read it; none re-derives it.
 *
 * @param kind       the standard table it is (an id of table-kinds.tsv: budget.income-expense,
 *                   budget.function, sangong …), or null when no standard kind matched
 * @param kindBasis  what decided the kind ("caption:…三公…", "header:…"), or null
 * @param scope      the scope the table's total row is a total of (a 三公 table's 合计 is sangong), or null
 *                   when it is not one canonical scope
 * @param qualifiers what restricts every figure of the table (财政拨款, 一般公共预算, 政府性基金 …)
 * @param headerRows the header rows (0-based grid rows) in order; headers may restart mid-table
 * @param columns    one meaning per grid column
 * @param rows       the row tree: one node per data row and panel
 */
public record TableLayout(String kind, String kindBasis, String scope, List<String> qualifiers, List<Integer> headerRows,
                          List<ColumnMeaning> columns, List<RowNode> rows) {
    public TableLayout {
        qualifiers = Validate.copy(qualifiers);
        headerRows = Validate.copy(headerRows);
        columns = Validate.copy(columns);
        rows = Validate.copy(rows);
    }

    public Optional<ColumnMeaning> column(int col) {
        return col >= 0 && col < columns.size() ? Optional.of(columns.get(col)) : Optional.empty();
    }

    /** The node of grid row {@code row} in {@code panel}, if that row is a data row. */
    public Optional<RowNode> node(int row, int panel) {
        for (RowNode n : rows) {
            if (n.row() == row && n.panel() == panel) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
