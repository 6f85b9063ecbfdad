package org.jixiao.check.table;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.Term;
import org.jixiao.model.Finding;

/**
 * Row identities of budget tables, row by row (the 合计 row included):
 * 上年结转 + 年初预算 + 本年调整 = 全年预算, and 全年预算 − 决算支出 = 结转结余.
 * A blank part is "nothing printed" and adds nothing; a row with no printed part is skipped.
 */
public final class BudgetIdentityRule extends TableRule {
    public static final String ID = "table.budget-identity";

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
        return "tables with 年初预算 and 全年预算 columns (and 上年结转, 本年调整, 决算, 结转结余)";
    }

    @Override
    protected void checkTable(TableView v, Comparison cmp, List<Finding> out) {
        out.addAll(check(v, cmp));
    }

    private List<Finding> check(TableView v, Comparison cmp) {
        List<Finding> out = new ArrayList<>();
        int fin = v.column(ColumnRole.BUDGET_FINAL);
        int ini = v.column(ColumnRole.BUDGET_INITIAL);
        int beg = v.column(ColumnRole.CARRYOVER_BEGIN);
        int adj = v.column(ColumnRole.BUDGET_ADJUSTMENT);
        int act = v.column(ColumnRole.ACTUAL);
        int end = v.column(ColumnRole.CARRYOVER_END);
        for (int r = v.headerRows(); r < v.rows(); r++) {
            Figure f = fin < 0 ? null : v.figure(r, fin);
            if (f != null && ini >= 0 && (beg >= 0 || adj >= 0)) {
                List<Term> parts = new ArrayList<>();
                for (int c : new int[] {beg, ini, adj}) {
                    Figure p = c < 0 ? null : v.figure(r, c);
                    if (p != null) {
                        parts.add(Term.plus(p));
                    }
                }
                String[] what = {v.table().id() + " 第" + (r + 1) + "行「" + v.label(r, fin) + "」：上年结转+年初预算+本年调整 与 全年预算",
                        "table " + v.table().id() + " row " + (r + 1) + " (" + v.label(r, fin)
                                + "): carry-over + initial budget + adjustment vs final budget"};
                cmp.sumCheck(ID, what, f, parts, new String[] {"budget-final", "part"}).ifPresent(out::add);
            }
            Figure x = act < 0 ? null : v.figure(r, act);
            Figure e = end < 0 ? null : v.figure(r, end);
            if (f != null && x != null && e != null) {
                String[] what = {v.table().id() + " 第" + (r + 1) + "行「" + v.label(r, fin) + "」：全年预算−决算支出 与 结转结余",
                        "table " + v.table().id() + " row " + (r + 1) + " (" + v.label(r, fin)
                                + "): final budget − actual vs carry-over"};
                cmp.sumCheck(ID, what, e, List.of(Term.plus(f), Term.minus(x)),
                        new String[] {"carryover-end", "operand"}).ifPresent(out::add);
            }
        }
        return out;
    }
}
