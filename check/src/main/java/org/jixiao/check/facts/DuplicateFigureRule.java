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
 * projects), whose intervals do not overlap: amounts and counts, not rates; a sentence against a
 * sentence or a table cell, never two table cells; each side's own words must name its scope.
 */
public final class DuplicateFigureRule implements Rule {
    public static final String ID = "figure.duplicate";
    /** Labels of a part (其中), a change (增加…) or a classification line (（款）), not of the figure itself. */
    private static final java.util.regex.Pattern NOT_THE_FIGURE = java.util.regex.Pattern.compile(
            "其中|增加|减少|增长|下降|节约|比上年|较上年|[（(][类款项][）)]|占");
    private static final java.util.regex.Pattern BUDGET = java.util.regex.Pattern.compile("预算");
    private static final java.util.regex.Pattern NOT_FINAL = java.util.regex.Pattern.compile("执行|决算|年初|调整|结转|率");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public java.util.Set<org.jixiao.check.RuleInput> requires() {
        return java.util.Set.of(org.jixiao.check.RuleInput.FACTS);
    }

    @Override
    public String needs() {
        return "facts with scope, phase and period";
    }

    @Override
    public List<Finding> check(Report report) {
        Comparison cmp = new Comparison(report.id());
        if (report.facts().stream().noneMatch(f -> f.scope() != null)) {
            return List.of(cmp.notEvaluated(ID, "带口径和阶段的数字（facts）", "facts with scope and phase"));
        }
        ReportParts parts = new ReportParts(report);
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : report.facts()) {
            if (!comparable(f)) {
                continue;
            }
            String key = String.join("|", f.measure(), f.scope(), String.valueOf(f.period()), phase(f), qualifier(f, report),
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
     * Facts worth comparing: amounts and counts with a scope, not changes (较上年增加… name many
     * things) and not rates (often restated on another basis, 剔除…后). A sentence fact must name its
     * scope in its own words and not be a 其中 part.
     */
    private static boolean comparable(Fact f) {
        if (f.scope() == null || "change".equals(f.phase()) || f.measure().startsWith("change")
                || f.quantity().unit() == Unit.NONE || f.quantity().unit().dimension() == Unit.Dimension.RATIO) {
            return false;
        }
        boolean fromTable = f.provenance() != null && f.provenance().tableId() != null;
        String label = f.label() == null ? "" : f.label();
        if (fromTable && f.phase() == null) {
            // A column whose phase the figures stage could not read gives its cells an unreliable key.
            return false;
        }
        return ScopeWords.named(f.scope(), label) && !NOT_THE_FIGURE.matcher(label).find();
    }

    /**
     * What the figure is a part of, when its label or table says so: 财政拨款 money only, or a row of a
     * 基本支出 / 项目支出 table (公务接待费 in the 基本支出经济分类表 is not the whole 公务接待费).
     */
    private static String qualifier(Fact f, Report report) {
        String label = f.label() == null ? "" : f.label();
        String caption = "";
        if (f.provenance() != null && f.provenance().tableId() != null && report.table(f.provenance().tableId()) != null) {
            caption = String.valueOf(report.table(f.provenance().tableId()).caption());
        }
        StringBuilder q = new StringBuilder();
        if ((label + caption).contains("财政拨款")) {
            q.append("fiscal");
        }
        if (caption.contains("机关运行")) {
            q.append("+in-operating");
        }
        if (caption.contains("政府采购")) {
            q.append("+in-procurement");
        }
        if (caption.contains("基本支出") && !"basic".equals(f.scope())) {
            q.append("+in-basic");
        }
        if (caption.contains("项目支出") && !"project".equals(f.scope())) {
            q.append("+in-project");
        }
        return q.toString();
    }

    /** The phase, or for a fact without one the phase its label names: 预算 alone is the (final) budget. */
    private static String phase(Fact f) {
        if (f.phase() != null) {
            return f.phase();
        }
        String label = f.label() == null ? "" : f.label();
        return BUDGET.matcher(label).find() && !NOT_FINAL.matcher(label).find() ? "budget-final" : "none";
    }

    /**
     * A unit's or project's row in two tables is two different figures (表1 基本支出 and 表2 项目支出
     * list the same units): only aggregates are compared across tables. Two cells of one table, or
     * two figures of one paragraph, are never one figure printed twice.
     */
    private static boolean rowsOfDifferentTables(Fact a, Fact b) {
        boolean row = a.scope().startsWith("unit:") || a.scope().startsWith("item:");
        String ta = a.provenance() == null ? null : a.provenance().tableId();
        String tb = b.provenance() == null ? null : b.provenance().tableId();
        if (ta != null && tb != null) {
            // One table does not print one figure twice, and two tables' columns differ in basis (收入 vs
            // 支出, 合计 vs 基本支出) more often than their keys show: only a table against the text.
            return true;
        }
        String ba = a.provenance() == null ? null : a.provenance().blockId();
        if (ta == null && tb == null && ba != null && ba.equals(b.provenance().blockId())) {
            // Two figures of one paragraph with one key are a total and its parts, not one figure twice.
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
