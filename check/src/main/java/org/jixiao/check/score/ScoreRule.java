package org.jixiao.check.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.NumberText;
import org.jixiao.check.Rule;
import org.jixiao.check.Term;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Indicator;
import org.jixiao.model.Interval;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;

/**
 * Score sheets (绩效自评表), sheet by sheet: 得分 ≤ 分值 for every indicator; the weights of a group
 * add up to the weight its header states (产出指标（50分）); and where the sheet prints a total row
 * (总分 / 合计), Σ分值 and Σ得分 equal it.
 */
public final class ScoreRule implements Rule {
    public static final String ID = "score.sheet";
    private static final Pattern GROUP_WEIGHT = Pattern.compile("[（(]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[）)]");
    private static final Pattern TOTAL = Pattern.compile("^(总\\s*分|合\\s*计|总\\s*计)");

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
            List<Indicator> rows = sheet.stream().filter(i -> !isTotal(i)).toList();
            rows.forEach(i -> scoreAboveWeight(i, cmp, out));
            groups(rows, cmp, out);
            sheet.stream().filter(ScoreRule::isTotal).findFirst().ifPresent(t -> totals(t, rows, cmp, out));
        }
        return out;
    }

    static boolean isTotal(Indicator i) {
        for (String s : new String[] {i.level1(), i.level2(), i.level3()}) {
            if (s != null && TOTAL.matcher(s.trim()).find()) {
                return true;
            }
        }
        return false;
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

    /** The weights of the indicators under "产出指标（50分）" add up to 50. */
    private static void groups(List<Indicator> rows, Comparison cmp, List<Finding> out) {
        Map<String, List<Indicator>> byGroup = new LinkedHashMap<>();
        for (Indicator i : rows) {
            if (i.level1() != null && i.weight() != null) {
                byGroup.computeIfAbsent(i.level1(), k -> new ArrayList<>()).add(i);
            }
        }
        byGroup.forEach((group, members) -> {
            Matcher m = GROUP_WEIGHT.matcher(NumberText.normalize(group));
            if (!m.find()) {
                return;
            }
            Indicator first = members.get(0);
            Quantity stated = Quantity.of(m.group(1), Unit.POINT);
            Figure printed = new Figure(group, stated, first.provenance(), group);
            List<Term> terms = members.stream().map(i -> Term.plus(fig(i, i.weight(), "分值"))).toList();
            String[] what = {"指标组「" + group + "」所标分值与组内各指标分值之和",
                    "indicator group \"" + group + "\": stated weight vs the sum of its indicators' weights"};
            cmp.sumCheck(ID, what, printed, terms, new String[] {"group-weight", "weight"}).ifPresent(out::add);
        });
    }

    private static void totals(Indicator total, List<Indicator> rows, Comparison cmp, List<Finding> out) {
        if (total.weight() != null) {
            List<Term> w = rows.stream().filter(i -> i.weight() != null).map(i -> Term.plus(fig(i, i.weight(), "分值"))).toList();
            cmp.sumCheck(ID, new String[] {"总分行的分值与各指标分值之和", "total weight vs the sum of the weights"},
                    fig(total, total.weight(), "总分值"), w, new String[] {"total-weight", "weight"}).ifPresent(out::add);
        }
        if (total.score() != null) {
            List<Term> s = rows.stream().filter(i -> i.score() != null).map(i -> Term.plus(fig(i, i.score(), "得分"))).toList();
            cmp.sumCheck(ID, new String[] {"总分与各指标得分之和", "total score vs the sum of the scores"},
                    fig(total, total.score(), "总分"), s, new String[] {"total-score", "score"}).ifPresent(out::add);
        }
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
