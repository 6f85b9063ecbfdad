package org.jixiao.check.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.Term;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;

/**
 * Column totals: the 合计/总计 row of a table equals, column by column, the sum of the rows it
 * totals (the rows above it, or below it when it is printed first), counting only the outermost
 * rows when the labels are numbered in levels and never the "其中" rows. When two columns fail
 * and their totals match each other's sums, one finding says the totals were swapped.
 */
public final class ColumnSumRule extends TableRule {
    public static final String ID = "table.column-sum";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public java.util.Set<org.jixiao.check.RuleInput> requires() {
        return java.util.Set.of(org.jixiao.check.RuleInput.TABLE_LAYOUTS);
    }

    @Override
    public String needs() {
        return "tables with a 合计/总计 row and numeric columns";
    }

    @Override
    protected void checkTable(TableView v, Comparison cmp, List<Finding> out) {
        for (int r = v.headerRows(); r < v.rows(); r++) {
            out.addAll(checkTotal(v, r, cmp));
        }
    }

    /** The rows a total row sums in column {@code c}: above it back to the header or the previous total, else below. */
    static List<Integer> parts(TableView v, int total, int c) {
        List<Integer> above = new ArrayList<>();
        for (int r = total - 1; r >= v.headerRows() && !v.isTotal(r, c); r--) {
            above.add(0, r);
        }
        List<Integer> block = above;
        if (above.isEmpty()) {
            for (int r = total + 1; r < v.rows() && !v.isTotal(r, c); r++) {
                block.add(r);
            }
        }
        return outermost(v, block, c);
    }

    /**
     * Subtotal rows when there are any, else the rows of the outermost classification depth (类 of
     * 类/款/项) or numbering level, never 其中 rows.
     */
    static List<Integer> outermost(TableView v, List<Integer> rows, int c) {
        List<Integer> subtotals = rows.stream().filter(r -> v.isSubtotal(r, c)).toList();
        if (!subtotals.isEmpty()) {
            return subtotals;
        }
        int minDepth = rows.stream().mapToInt(r -> v.codeDepth(r, c)).filter(d -> d > 0).min().orElse(0);
        if (minDepth > 0) {
            return rows.stream().filter(r -> v.codeDepth(r, c) == minDepth).toList();
        }
        int min = Integer.MAX_VALUE;
        for (int r : rows) {
            int l = v.level(r, c);
            if (l != 5) {
                min = Math.min(min, l);
            }
        }
        final int top = min;
        return rows.stream().filter(r -> v.level(r, c) == top).toList();
    }

    private List<Finding> checkTotal(TableView v, int total, Comparison cmp) {
        List<Finding> out = new ArrayList<>();
        List<Integer> failed = new ArrayList<>();
        List<Finding> perColumn = new ArrayList<>();
        List<List<Integer>> partsOf = new ArrayList<>();
        for (int c = 0; c < v.cols(); c++) {
            partsOf.add(List.of());
            if (!v.role(c).additive() || v.isLabelColumn(c) || !v.isTotal(total, c)) {
                continue;
            }
            List<Integer> parts = parts(v, total, c);
            partsOf.set(c, parts);
            Figure printed = v.figure(total, c);
            List<Term> terms = terms(v, parts, c);
            if (printed == null || parts.size() < 2 || terms.isEmpty() || printed.unit() == Unit.PERCENT) {
                continue;
            }
            String[] what = {v.table().id() + (v.table().caption() == null ? "" : "「" + v.table().caption() + "」")
                    + " 合计行「" + v.header(c) + "」列与各行之和",
                    "table " + v.table().id() + " total row, column " + v.header(c) + ", vs the sum of its rows"};
            Optional<Finding> f = cmp.sumCheck(ID, what, printed, terms, new String[] {"total", "part"});
            if (f.isPresent()) {
                failed.add(c);
                perColumn.add(f.get());
            }
        }
        List<Integer> explained = new ArrayList<>();
        for (int i = 0; i < failed.size(); i++) {
            for (int j = i + 1; j < failed.size(); j++) {
                int a = failed.get(i);
                int b = failed.get(j);
                Finding swap = explained.contains(a) || explained.contains(b) || !partsOf.get(a).equals(partsOf.get(b))
                        ? null : swapped(v, total, partsOf.get(a), a, b, cmp);
                if (swap != null) {
                    out.add(swap);
                    explained.add(a);
                    explained.add(b);
                }
            }
        }
        for (int i = 0; i < failed.size(); i++) {
            if (!explained.contains(failed.get(i))) {
                out.add(perColumn.get(i));
            }
        }
        return out;
    }

    private static List<Term> terms(TableView v, List<Integer> rows, int c) {
        List<Term> terms = new ArrayList<>();
        for (int r : rows) {
            Figure f = v.figure(r, c);
            if (f != null) {
                terms.add(Term.plus(f));
            }
        }
        return terms;
    }

    /** One finding when two failing columns' totals each match the other column's sum. */
    private static Finding swapped(TableView v, int total, List<Integer> parts, int a, int b, Comparison cmp) {
        Figure ta = v.figure(total, a);
        Figure tb = v.figure(total, b);
        List<Term> sa = terms(v, parts, a);
        List<Term> sb = terms(v, parts, b);
        if (!ta.comparableTo(tb.unit())) {
            return null;
        }
        Interval sumA = Comparison.sum(sa, ta.unit());
        Interval sumB = Comparison.sum(sb, tb.unit());
        if (!sumB.overlaps(ta.interval(ta.unit())) || !sumA.overlaps(tb.interval(tb.unit()))) {
            return null;
        }
        List<org.jixiao.model.Evidence> ev = new ArrayList<>();
        ev.add(ta.evidence("total"));
        ev.add(tb.evidence("total"));
        String zh = v.table().id() + " 合计行「" + v.header(a) + "」与「" + v.header(b) + "」两列的合计值互换：「"
                + v.header(a) + "」列各行之和为 " + Comparison.sum(sa, ta.unit()).mid().stripTrailingZeros().toPlainString()
                + "，而合计行印为 " + ta.quantity() + "（即「" + v.header(b) + "」列之和）";
        String en = "table " + v.table().id() + ": the totals of columns " + v.header(a) + " and " + v.header(b)
                + " are swapped: column " + v.header(a) + " sums to "
                + sumA.mid().stripTrailingZeros().toPlainString() + " but its total is printed as " + ta.quantity()
                + " (the sum of column " + v.header(b) + ")";
        return cmp.of(ID, Severity.ERROR, zh, en, sumA, ta.interval(ta.unit()), ta.unit(), ev);
    }
}
