package org.jixiao.extract.figures.table;

import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.layout.LayoutMeaning;
import org.jixiao.model.Cell;
import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.RowNode;
import org.jixiao.model.Table;
import org.jixiao.model.TableLayout;
import org.jixiao.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Facts of a standard disclosure table read through its layout: one fact per printed figure in a
 * value column of a row of the row tree, with the column's phase, period and unit and the row's
 * scope, then given its meaning by {@link LayoutMeaning}. Code and serial columns never give facts.
 */
final class LayoutFactReader {
    private final NumberReader numbers;
    private final RowReader rows;
    private final LayoutMeaning meaning;

    LayoutFactReader(NumberReader numbers, RowReader rows, LayoutMeaning meaning) {
        this.numbers = numbers;
        this.rows = rows;
        this.meaning = meaning;
    }

    /** True for tables whose layout this reader trusts: standard budget and final-account tables with a header. */
    static boolean applies(Table t) {
        TableLayout l = t.layout();
        return l != null && l.kind() != null && (l.kind().startsWith("budget.") || l.kind().startsWith("final."))
                && !l.headerRows().isEmpty() && l.columns().stream().anyMatch(ColumnMeaning::isValue);
    }

    List<Fact> read(String reportId, Table t, TableContext tc, List<Cell> cells) {
        TableLayout layout = t.layout();
        Grid grid = new Grid(t);
        List<Fact> out = new ArrayList<>();
        for (RowNode node : layout.rows()) {
            if (node.kind() == RowNode.Kind.TEXT || node.row() >= grid.rows()) {
                continue;
            }
            RowRole rr = rows.read(node.label(), ColumnRole.Kind.LABEL, tc.scope(), tc.fund());
            for (ColumnMeaning cm : layout.columns()) {
                if (cm.panel() != node.panel() || !cm.isValue() || cm.col() >= grid.cols()) {
                    continue;
                }
                Cell cell = grid.origin(node.row(), cm.col());
                Unit fallback = cm.unit() != null ? cm.unit() : tc.unit() != null ? tc.unit() : Unit.NONE;
                Optional<Quantity> q = cell == null ? Optional.empty() : numbers.readCell(cell.text(), fallback);
                if (q.isEmpty()) {
                    continue;
                }
                int i = cells.indexOf(cell);
                if (i >= 0) {
                    cells.set(i, cell.withQuantity(q.get()));
                }
                out.add(meaning.apply(fact(reportId, t, tc, node, rr, cm, cell, q.get()), t));
            }
        }
        return out;
    }

    private static Fact fact(String reportId, Table t, TableContext tc, RowNode node, RowRole rr, ColumnMeaning cm,
                             Cell cell, Quantity q) {
        boolean money = q.unit().dimension() == Unit.Dimension.MONEY;
        String phase = cm.phase() != null ? cm.phase() : money ? tc.documentPhase() : null;
        String period = cm.period() != null ? cm.period() : tc.period();
        String measure = rr.measure() != null ? rr.measure() : TableFactStage.measureOf(q.unit(), phase);
        String rowLabel = TableFactStage.flat(node.label());
        String colLabel = TableFactStage.flat(cm.header());
        String label = rowLabel.isEmpty() ? colLabel : colLabel.isEmpty() ? rowLabel : rowLabel + " / " + colLabel;
        Provenance p = cell.provenance() != null ? cell.provenance()
                : Provenance.ofCell(reportId, t.id(), node.row(), cm.col(), t.pages().size() == 1 ? t.pages().get(0) : null,
                t.method());
        if (p.reportId() == null) {
            p = p.withReportId(reportId);
        }
        if (p.row() == null || p.col() == null) {
            p = new Provenance(p.reportId(), p.page(), p.bbox(), p.blockId(), t.id(), node.row(), cm.col(), p.charStart(),
                    p.charEnd(), p.extractor());
        }
        return new Fact(measure, rr.scope(), rr.subject(), period, phase, q, label, p);
    }
}
