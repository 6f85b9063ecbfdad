package org.jixiao.check.table;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.check.Comparison;
import org.jixiao.check.Rule;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Table;

/** A rule that judges one table at a time, through its {@link TableView}; tables it cannot read are skipped. */
abstract class TableRule implements Rule {
    @Override
    public final List<Finding> check(Report report) {
        Comparison cmp = new Comparison(report.id());
        List<Finding> out = new ArrayList<>();
        for (Table t : report.tables()) {
            TableView v = TableView.of(t);
            if (v != null) {
                checkTable(v, cmp, out);
            }
        }
        return out;
    }

    /** Adds the findings of one table to {@code out}. */
    protected abstract void checkTable(TableView v, Comparison cmp, List<Finding> out);
}
