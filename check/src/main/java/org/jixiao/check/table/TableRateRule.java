package org.jixiao.check.table;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Unit;

/**
 * A rate column against the amounts of its row: 执行率 / 预算执行进度(%) = 决算(执行数) / 预算, the
 * budget being the last budget column before the actual one (调整后预算 when printed, else 年初预算).
 */
public final class TableRateRule extends TableRule {
    public static final String ID = "table.rate";

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
        return "tables with a budget, an actual and a rate (执行率) column";
    }


    @Override
    protected void checkTable(TableView v, Comparison cmp, List<Finding> out) {
        int act = v.column(ColumnRole.ACTUAL);
        int rate = v.column(ColumnRole.RATE);
        if (act < 0 || rate < 0 || v.isLabelColumn(act) || v.isLabelColumn(rate)) {
            return;
        }
        int budget = -1;
        for (int c = 0; c < act; c++) {
            if (v.role(c) == ColumnRole.BUDGET_FINAL || (v.role(c) == ColumnRole.BUDGET_INITIAL && budget < 0)) {
                budget = c;
            }
        }
        if (budget < 0) {
            return;
        }
        for (int r = v.headerRows(); r < v.rows(); r++) {
            Figure x = v.figure(r, act);
            Figure b = v.figure(r, budget);
            Figure p = v.figure(r, rate);
            if (x == null || b == null || p == null || p.unit() != Unit.PERCENT || !x.comparableTo(b.unit())
                    || x.unit().dimension() != Unit.Dimension.MONEY) {
                continue;
            }
            Interval q = x.interval(b.unit()).dividedBy(b.interval(b.unit()));
            if (q == null || x.value(b.unit()).signum() < 0) {
                continue;
            }
            String[] what = {v.table().id() + " 第" + (r + 1) + "行「" + v.label(r, rate) + "」：「" + v.header(rate) + "」与 "
                    + v.header(act) + " / " + v.header(budget),
                    "table " + v.table().id() + " row " + (r + 1) + ": rate vs actual / budget"};
            cmp.intervalCheck(ID, what, p, q.times(new BigDecimal(100)), List.of(x, b), new String[] {"rate", "operand"})
                    .ifPresent(out::add);
        }
    }
}
