package org.jixiao.extract.figures.layout;

import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.RowNode;
import org.jixiao.model.RowNode.Kind;
import org.jixiao.model.TableLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sums down the rows, from the row tree: a 合计 row is the sum of the top-level rows it totals (or of
 * its 小计 rows, with the rows printed after the last of them), a row with children is the sum of
 * its children (类 = Σ款, 款 = Σ项, 一、 = Σ（一）), and a 小计 is the sum of the items since the last
 * subtotal. 其中 rows are never addends. Where the tree allows two readings both are kept.
 */
final class RowSums {
    static final String TOTAL_RULE = "table.column-sum";
    static final String SUBTOTAL_RULE = "table.subtotal";

    void build(Terms terms, TableLayout layout, Consumer<Relation> out) {
        if (!summable(layout)) {
            return;
        }
        for (int panel : panels(layout)) {
            List<RowNode> nodes = layout.rows().stream().filter(n -> n.panel() == panel).toList();
            for (ColumnMeaning c : layout.columns()) {
                if (c.panel() != panel || !Terms.isMoney(c)) {
                    continue;
                }
                if (!"fund-statement".equals(layout.kind())) {
                    totals(terms, nodes, c, out);
                }
                parents(terms, nodes, c, standard(layout), out);
            }
        }
    }

    private void totals(Terms terms, List<RowNode> nodes, ColumnMeaning c, Consumer<Relation> out) {
        for (int i = 0; i < nodes.size(); i++) {
            RowNode t = nodes.get(i);
            if (t.kind() != Kind.TOTAL) {
                continue;
            }
            RelationTerm result = terms.at(t, c, "total", 1);
            List<RowNode> range = range(nodes, i);
            if (result == null || range.isEmpty()) {
                continue;
            }
            List<Reading> readings = new ArrayList<>();
            List<RowNode> top = range.stream().filter(n -> (n.kind() == Kind.ITEM) && n.parent() < 0
                    && !n.basis().startsWith("uncoded") && !n.basis().contains("orphan")).toList();
            List<RowNode> subtotals = range.stream().filter(n -> n.kind() == Kind.SUBTOTAL).toList();
            if (!subtotals.isEmpty()) {
                int last = subtotals.get(subtotals.size() - 1).row();
                List<RowNode> withSubtotals = new ArrayList<>(subtotals);
                top.stream().filter(n -> n.row() > last).forEach(withSubtotals::add);
                add(readings, "小计 rows and the rows after the last of them", terms.column(withSubtotals, c, "part"),
                        withSubtotals.size());
            }
            add(readings, "top-level rows of the row tree", terms.column(top, c, "part"), top.size());
            List<RowNode> uncoded = range.stream().filter(n -> n.kind() == Kind.ITEM
                    && (n.basis().startsWith("uncoded") || n.basis().contains("orphan"))).toList();
            if (!uncoded.isEmpty()) {
                List<RowNode> both = new ArrayList<>(top);
                both.addAll(uncoded);
                add(readings, "top-level rows and the rows whose code has no parent", terms.column(both, c, "part"),
                        both.size());
            }
            if (range.stream().anyMatch(n -> n.basis().startsWith("unnumbered"))) {
                List<RowNode> flat = range.stream().filter(n -> n.kind() == Kind.ITEM).toList();
                add(readings, "every row but 其中 rows", terms.column(flat, c, "part"), flat.size());
            }
            if (!readings.isEmpty()) {
                out.accept(new Relation(null, TOTAL_RULE, result, readings, "layout",
                        terms.caption() + " " + t.label() + "行「" + c.header() + "」列"));
            }
        }
    }

    private void parents(Terms terms, List<RowNode> nodes, ColumnMeaning c, boolean standard, Consumer<Relation> out) {
        for (RowNode p : nodes) {
            if (p.kind() != Kind.ITEM && p.kind() != Kind.SUBTOTAL) {
                continue;
            }
            List<RowNode> children = nodes.stream().filter(n -> n.parent() == p.row()
                    && (n.kind() == Kind.ITEM || n.kind() == Kind.SUBTOTAL)).toList();
            boolean coded = p.code() != null && children.stream().allMatch(n -> n.code() != null);
            boolean numbered = children.stream().noneMatch(n -> n.basis().startsWith("unnumbered"));
            boolean statesTotal = RowTreeReader.bare(p.label()).matches(".*(合计|小计)");
            if (children.isEmpty() || (!coded && (children.size() < 2 || !numbered || !(standard || statesTotal)))) {
                continue; // unnumbered rows under a numbered one may be groups of their own: no guess
            }
            RelationTerm result = terms.at(p, c, "total", 1);
            List<RelationTerm> parts = terms.column(children, c, "part");
            if (result == null || parts == null || parts.isEmpty()) {
                continue;
            }
            String basis = coded ? "classification codes" : "numbering of the labels";
            out.accept(new Relation(null, SUBTOTAL_RULE, result, List.of(new Reading("children by " + basis, parts,
                    List.of())), "layout", terms.caption() + " " + p.label() + "行「" + c.header() + "」列"));
        }
    }

    /** The rows a total at {@code i} totals: back to the previous total, else forward to the next. */
    private static List<RowNode> range(List<RowNode> nodes, int i) {
        List<RowNode> above = new ArrayList<>();
        for (int k = i - 1; k >= 0 && nodes.get(k).kind() != Kind.TOTAL; k--) {
            above.add(0, nodes.get(k));
        }
        if (above.stream().anyMatch(n -> n.kind() == Kind.ITEM || n.kind() == Kind.SUBTOTAL)) {
            return above;
        }
        List<RowNode> below = new ArrayList<>();
        for (int k = i + 1; k < nodes.size() && nodes.get(k).kind() != Kind.TOTAL; k++) {
            below.add(nodes.get(k));
        }
        return below;
    }

    /** A reading over at least two rows with at least one figure printed. */
    private static void add(List<Reading> readings, String name, List<RelationTerm> parts, int rows) {
        if (parts != null && rows >= 2 && !parts.isEmpty() && readings.stream().noneMatch(r -> r.terms().equals(parts))) {
            readings.add(new Reading(name, parts, List.of()));
        }
    }

    /** Standard disclosure tables, whose numbered rows nest as printed. */
    static boolean standard(TableLayout layout) {
        return layout.kind() != null && (layout.kind().startsWith("budget.") || layout.kind().startsWith("final."));
    }

    /** Score sheets have their own arithmetic (weights and scores), not row sums. */
    static boolean summable(TableLayout layout) {
        String k = layout.kind();
        return k == null || !(k.endsWith("scoresheet") || k.equals("budget.performance-targets"));
    }

    static List<Integer> panels(TableLayout layout) {
        return layout.columns().stream().map(ColumnMeaning::panel).distinct().toList();
    }
}
