package org.jixiao.extract.figures.layout;

import org.jixiao.extract.figures.DataFile;
import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.RowNode;
import org.jixiao.model.TableLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The standard identities of table-identities.tsv between the phase columns of a row (上年结转 +
 * 年初预算 + 本年调整 = 全年预算; 全年预算 − 决算 = 结转结余; 执行率 = 决算 / 预算), and a 收支总表's
 * 收入总计 = 支出总计.
 */
final class Identities {
    static final String INCOME_EXPENSE_RULE = "table.income-expense";

    /** One identity: a rule, the result phase and its readings as (sign, phase) lists or a ratio. */
    private record Identity(String rule, String result, List<List<String>> readings) {
    }

    private final List<Identity> identities;

    private Identities(List<Identity> identities) {
        this.identities = identities;
    }

    static Identities load() {
        List<Identity> out = new ArrayList<>();
        for (String[] f : DataFile.rows(Identities.class, "table-identities.tsv")) {
            out.add(new Identity(f[0].trim(), f[1].trim(), DataFile.readings(f[2])));
        }
        return new Identities(out);
    }

    void build(Terms terms, TableLayout layout, Consumer<Relation> out) {
        for (int panel : RowSums.panels(layout)) {
            List<ColumnMeaning> cols = layout.columns().stream().filter(c -> c.panel() == panel && c.isValue()).toList();
            List<RowNode> rows = layout.rows().stream().filter(n -> n.panel() == panel && n.kind() != RowNode.Kind.TEXT).toList();
            for (Identity id : identities) {
                Optional<ColumnMeaning> result = only(cols, id.result());
                if (result.isEmpty()) {
                    continue;
                }
                for (RowNode n : rows) {
                    RelationTerm printed = terms.at(n, result.get(), "printed", 1);
                    List<Reading> readings = new ArrayList<>();
                    for (List<String> spec : id.readings()) {
                        reading(terms, cols, n, spec).ifPresent(readings::add);
                    }
                    if (printed != null && !readings.isEmpty()) {
                        out.accept(new Relation(null, id.rule(), printed, readings, "identity",
                                terms.caption() + " " + n.label() + "行「" + result.get().header() + "」"));
                    }
                }
            }
        }
        incomeExpense(terms, layout, out);
    }

    private static Optional<Reading> reading(Terms terms, List<ColumnMeaning> cols, RowNode n, List<String> spec) {
        if (spec.size() == 1 && spec.get(0).contains("/")) {
            String[] nd = spec.get(0).split("/");
            Optional<ColumnMeaning> num = only(cols, nd[0]);
            Optional<ColumnMeaning> den = only(cols, nd[1]);
            if (num.isEmpty() || den.isEmpty()) {
                return Optional.empty();
            }
            RelationTerm a = terms.at(n, num.get(), "numerator", 1);
            RelationTerm b = terms.at(n, den.get(), "denominator", 1);
            return a == null || b == null || b.quantity().value().signum() == 0 ? Optional.empty()
                    : Optional.of(new Reading(nd[0] + " / " + nd[1], List.of(a), List.of(b)));
        }
        List<RelationTerm> ts = new ArrayList<>();
        for (String s : spec) {
            Optional<ColumnMeaning> c = only(cols, s.substring(1));
            if (c.isEmpty() || !terms.readable(n, c.get())) {
                return Optional.empty();
            }
            RelationTerm t = terms.at(n, c.get(), "part", s.startsWith("-") ? -1 : 1);
            if (t != null) {
                ts.add(t);
            }
        }
        return ts.isEmpty() ? Optional.empty() : Optional.of(new Reading(String.join(" ", spec), ts, List.of()));
    }

    /** The one value column of a phase (a row with two budget columns of different years has none). */
    private static Optional<ColumnMeaning> only(List<ColumnMeaning> cols, String phase) {
        List<ColumnMeaning> m = cols.stream().filter(c -> phase.equals(c.phase())).toList();
        return m.size() == 1 ? Optional.of(m.get(0)) : Optional.empty();
    }

    /** 收入总计 = 支出总计 in a 收支总表, each printed in its own panel. */
    private static void incomeExpense(Terms terms, TableLayout layout, Consumer<Relation> out) {
        if (layout.kind() == null || !layout.kind().endsWith("income-expense")) {
            return;
        }
        RelationTerm income = grand(terms, layout, "收入");
        RelationTerm expense = grand(terms, layout, "支出");
        if (income != null && expense != null) {
            out.accept(new Relation(null, INCOME_EXPENSE_RULE, expense, List.of(new Reading("收入总计 = 支出总计",
                    List.of(income), List.of())), "identity", terms.caption() + " 收入总计与支出总计"));
        }
    }

    private static RelationTerm grand(Terms terms, TableLayout layout, String side) {
        for (String word : new String[] {"总计", "合计"}) {
            for (RowNode n : layout.rows()) {
                String bare = RowTreeReader.bare(n.label());
                if (bare.contains(side) && bare.endsWith(word) && !bare.startsWith("本年")) {
                    for (ColumnMeaning c : layout.columns()) {
                        RelationTerm t = c.panel() == n.panel() && Terms.isMoney(c) ? terms.at(n, c, side, 1) : null;
                        if (t != null) {
                            return t;
                        }
                    }
                }
            }
        }
        return null;
    }
}
