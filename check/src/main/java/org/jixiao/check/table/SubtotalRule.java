package org.jixiao.check.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.Term;
import org.jixiao.model.Finding;
import org.jixiao.model.Unit;

/**
 * Numbered rows and their children: a row numbered 二、 (or （一）, 1.) equals, column by column, the
 * sum of the rows after it numbered one level deeper, up to the next row at its own level
 * ("二、收入合计" = "（一）收入小计" + "（二）上级补助收入" + …). "其中" rows are not children; an
 * unnumbered row ends the children, since its place in the tree is unknown.
 */
public final class SubtotalRule extends TableRule {
    public static final String ID = "table.subtotal";

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
        return "tables whose row labels are numbered in levels (一、 / （一） / 1.)";
    }

    @Override
    protected void checkTable(TableView v, Comparison cmp, List<Finding> out) {
        for (int r = v.headerRows(); r < v.rows(); r++) {
            for (int c = 0; c < v.cols(); c++) {
                int level = v.level(r, c);
                if (level >= 1 && level <= 4 && !v.isLabelColumn(c) && v.role(c).additive()) {
                    List<Integer> children = children(v, r, c, level);
                    if (children.size() >= 2) {
                        check(v, r, c, children, cmp).ifPresent(out::add);
                    }
                }
            }
        }
    }

    static List<Integer> children(TableView v, int parent, int c, int level) {
        List<Integer> rows = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        for (int r = parent + 1; r < v.rows(); r++) {
            int l = v.level(r, c);
            if (l == 5) {
                continue;
            }
            if (l == 0 || l <= level || v.isTotal(r, c)) {
                break;
            }
            rows.add(r);
            min = Math.min(min, l);
        }
        final int top = min;
        return rows.stream().filter(r -> v.level(r, c) == top).toList();
    }

    private static Optional<Finding> check(TableView v, int parent, int c, List<Integer> children, Comparison cmp) {
        Figure p = v.figure(parent, c);
        if (p == null || p.unit() == Unit.PERCENT) {
            return Optional.empty();
        }
        List<Term> terms = new ArrayList<>();
        for (int r : children) {
            Figure f = v.figure(r, c);
            if (f != null && f.unit() != Unit.PERCENT) {
                terms.add(Term.plus(f));
            }
        }
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        String col = v.header(c).isEmpty() ? "第" + (c + 1) + "列" : "「" + v.header(c) + "」列";
        String[] what = {v.table().id() + (v.table().caption() == null ? "" : "「" + v.table().caption() + "」")
                + " 第" + (parent + 1) + "行「" + v.label(parent, c) + "」" + col + "与其下级各行之和",
                "table " + v.table().id() + " row " + (parent + 1) + " (" + v.label(parent, c) + "), column "
                        + (c + 1) + ", vs the sum of its sub-rows"};
        return cmp.sumCheck(ID, what, p, terms, new String[] {"subtotal", "part"});
    }
}
