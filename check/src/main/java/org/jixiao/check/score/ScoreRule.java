package org.jixiao.check.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.Rule;
import org.jixiao.check.relation.RelationRule;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Indicator;
import org.jixiao.model.Interval;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;

/**
 * Score sheets (绩效自评表), sheet by sheet: 得分 ≤ 分值 for every indicator; and the sums extract
 * read from the sheet as relations: the weights of a group add up to the weight its header states
 * (产出指标（50分）), and where the sheet prints a total row (总分 / 合计), Σ分值 and Σ得分 equal it.
 */
public final class ScoreRule implements Rule {
    public static final String ID = "score.sheet";
    private final RelationRule sums = new RelationRule(ID, "score-sheet sums: group weights and the 总分 row");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public java.util.Set<org.jixiao.check.RuleInput> requires() {
        return java.util.Set.of(org.jixiao.check.RuleInput.INDICATORS);
    }

    @Override
    public String needs() {
        return "score-sheet indicators with 分值 and 得分";
    }

    @Override
    public List<Finding> check(Report report) {
        Comparison cmp = new Comparison(report.id());
        if (report.indicators().isEmpty()) {
            return List.of(cmp.notEvaluated(ID, "绩效指标（分值、得分）", "score-sheet indicators"));
        }
        Map<String, List<Indicator>> sheets = new LinkedHashMap<>();
        for (Indicator i : report.indicators()) {
            sheets.computeIfAbsent(i.sheet() == null ? "" : i.sheet(), k -> new ArrayList<>()).add(i);
        }
        List<Finding> out = new ArrayList<>();
        for (List<Indicator> sheet : sheets.values()) {
            sheet.forEach(i -> scoreAboveWeight(i, cmp, out));
        }
        // the sums a sheet states (group weights in headers, the 总分 row) are extract's relations
        out.addAll(sums.check(report));
        return out;
    }

    private static void scoreAboveWeight(Indicator i, Comparison cmp, List<Finding> out) {
        if (i.weight() == null || i.score() == null) {
            return;
        }
        Figure w = fig(i, i.weight(), "分值");
        Figure s = fig(i, i.score(), "得分");
        Interval wi = w.interval(Unit.POINT);
        Interval si = s.interval(Unit.POINT);
        if (si.lo().compareTo(wi.hi()) <= 0) {
            return;
        }
        String name = name(i);
        String zh = "「" + name + "」得分 " + i.score() + " 高于其分值 " + i.weight();
        String en = "\"" + name + "\" scored " + i.score() + " above its weight " + i.weight();
        out.add(cmp.of(ID, Severity.ERROR, zh, en, new Interval(BigDecimal.ZERO.min(wi.lo()), wi.hi()), si, Unit.POINT,
                List.of(s.evidence("score"), w.evidence("weight"))));
    }

    private static Figure fig(Indicator i, Quantity q, String what) {
        Quantity pts = q.unit() == Unit.POINT ? q : q.withUnit(Unit.POINT);
        String context = String.join(" | ", nz(i.level1()), nz(i.level2()), nz(i.level3()), nz(i.target()),
                nz(i.actual()), q.toString());
        return new Figure(name(i) + " " + what, pts, i.provenance(), (i.sheet() == null ? "" : i.sheet() + ": ") + context);
    }

    private static String name(Indicator i) {
        return i.level3() != null ? i.level3() : i.level2() != null ? i.level2() : nz(i.level1());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
