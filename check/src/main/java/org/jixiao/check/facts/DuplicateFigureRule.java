package org.jixiao.check.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.Rule;
import org.jixiao.check.Tolerance;
import org.jixiao.model.Evidence;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;

/**
 * One figure printed twice with two values: facts with the same measure, scope, period and phase,
 * in the same part of the report (the body, or one attachment 附件N — attachments describe other
 * projects), whose intervals do not overlap: amounts and counts, not rates.
 */
public final class DuplicateFigureRule implements Rule {
    public static final String ID = "figure.duplicate";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "facts with scope, phase and period";
    }

    @Override
    public List<Finding> check(Report report) {
        Comparison cmp = new Comparison(report.id());
        if (report.facts().stream().noneMatch(f -> f.scope() != null && f.phase() != null)) {
            return List.of(cmp.notEvaluated(ID, "带口径和阶段的数字（facts）", "facts with scope and phase"));
        }
        ReportParts parts = new ReportParts(report);
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : report.facts()) {
            // Rates are left out: the figures stage gives many different rates one key, and a rate
            // is often restated on another basis (剔除…后).
            if (f.scope() == null || f.phase() == null || f.quantity().unit() == Unit.NONE
                    || f.quantity().unit().dimension() == Unit.Dimension.RATIO) {
                continue;
            }
            String key = String.join("|", f.measure(), f.scope(), String.valueOf(f.period()), f.phase(),
                    f.quantity().unit().dimension().name(), parts.partOf(f.provenance()));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>();
        for (List<Fact> g : groups.values()) {
            compare(g, parts, cmp, out);
        }
        return out;
    }

    /**
     * A unit's or project's row in two tables is two different figures (表1 基本支出 and 表2 项目支出
     * list the same units): only aggregates are compared across tables. Two cells of one row are
     * never one figure.
     */
    private static boolean rowsOfDifferentTables(Fact a, Fact b) {
        boolean row = a.scope().startsWith("unit:") || a.scope().startsWith("item:");
        String ta = a.provenance() == null ? null : a.provenance().tableId();
        String tb = b.provenance() == null ? null : b.provenance().tableId();
        if (ta != null && ta.equals(tb) && a.provenance().row() != null && a.provenance().row().equals(b.provenance().row())) {
            // Two columns of one row are two figures; one key for both means a misread header.
            return true;
        }
        return row && ta != null && tb != null && !ta.equals(tb);
    }

    /** Each distinct disagreeing value once, against the first printed value. */
    private static void compare(List<Fact> group, ReportParts parts, Comparison cmp, List<Finding> out) {
        Fact first = group.get(0);
        Unit u = first.quantity().unit();
        Figure a = new Figure(first.label(), first.quantity(), first.provenance(), parts.context(first.provenance()));
        List<Interval> reported = new ArrayList<>();
        for (Fact f : group.subList(1, group.size())) {
            if (rowsOfDifferentTables(first, f)) {
                continue;
            }
            Figure b = new Figure(f.label(), f.quantity(), f.provenance(), parts.context(f.provenance()));
            Interval ia = a.interval(u);
            Interval ib = b.interval(u);
            if (ia.overlaps(ib) || reported.stream().anyMatch(ib::overlaps)) {
                continue;
            }
            reported.add(ib);
            // Two prints of one value: a warning only when one could be the other truncated, i.e. the
            // rounding intervals miss each other by at most half a unit of the last digit.
            Severity s = Tolerance.judge(ia, ib, a.ulp(u).max(b.ulp(u)).divide(java.math.BigDecimal.valueOf(2)));
            String what = first.scope() + " · " + first.phase() + (first.period() == null ? "" : " · " + first.period());
            String zh = "同一数字印了两个不同的值（" + what + "）：「" + first.label() + "」" + first.quantity() + " 与「"
                    + f.label() + "」" + f.quantity();
            String en = "one figure printed with two values (" + what + "): \"" + first.label() + "\" " + first.quantity()
                    + " vs \"" + f.label() + "\" " + f.quantity();
            out.add(cmp.of(ID, s, zh, en, ia, ib, u, List.<Evidence>of(a.evidence("first"), b.evidence("second"))));
        }
    }
}
