package org.jixiao.check.relation;

import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
import org.jixiao.check.Tolerance;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the relations of one family (those whose {@link Relation#rule()} is this rule's id).
 * Each reading gives an interval for the result; when some reading overlaps the printed figure the
 * relation holds. Otherwise the finding is an ERROR, or a WARNING when the closest reading misses by
 * no more than one unit of the last printed digit (truncation), and it names every reading tried.
 * A result whose role is {@value #OPEN_TOTAL} (the total of a 其中 list) that exceeds every reading is
 * a WARNING at most: the list may be partial.
 */
public final class RelationRule extends TalliedRule {
    /** A total whose parts extract read from a 其中 list, which may name only some of them. */
    static final String OPEN_TOTAL = "whereof-total";
    /** The origin of relations between two prints of one quantity. */
    static final String SAME_FIGURE = "same-figure";
    private final String id;
    private final String needs;

    public RelationRule(String id, String needs) {
        this.id = id;
        this.needs = needs;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String needs() {
        return needs;
    }

    @Override
    public Set<RuleInput> requires() {
        return Set.of(RuleInput.RELATIONS);
    }


    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        Comparison cmp = new Comparison(report.id());
        List<Finding> out = new ArrayList<>();
        for (Relation r : report.relations()) {
            if (r.rule().equals(id)) {
                evaluate(r, cmp, tally).ifPresent(out::add);
            }
        }
        return id.equals("table.column-sum") ? SwappedTotals.merge(out) : out;
    }

    /** One outcome per reading: its interval in the result's unit, or null when its units do not convert. */
    private record Outcome(Reading reading, Interval expected, Severity severity) {
    }

    Optional<Finding> evaluate(Relation r, Comparison cmp, RuleTally tally) {
        Figure printed = figure(r.result());
        Unit unit = printed.unit();
        Interval actual = printed.interval(unit);
        List<Outcome> outcomes = new ArrayList<>();
        for (Reading reading : r.readings()) {
            Interval expected = expected(reading, printed);
            if (expected == null) {
                continue;
            }
            BigDecimal slack = ulp(printed, reading, unit);
            if (SAME_FIGURE.equals(r.origin())) {
                // one value printed twice: the prints may round it differently, never truncate it by a whole digit
                slack = slack.divide(BigDecimal.valueOf(2));
            }
            Severity s = Tolerance.judge(expected, actual, slack);
            if (s == null) {
                tally.evaluated(true);
                return Optional.empty();
            }
            outcomes.add(new Outcome(reading, expected, s));
        }
        if (outcomes.isEmpty()) {
            tally.notEvaluated("units of the figures do not convert");
            return Optional.empty();
        }
        tally.evaluated(false);
        // the first reading (the data file's primary one) unless another is closer by more than the last digit
        BigDecimal best = outcomes.stream().map(o -> Tolerance.difference(o.expected(), actual).abs())
                .min(BigDecimal::compareTo).orElseThrow();
        BigDecimal slack = best.add(printed.ulp(unit));
        Outcome closest = outcomes.stream().filter(o -> Tolerance.difference(o.expected(), actual).abs()
                .compareTo(slack) <= 0).findFirst().orElseThrow();
        Severity severity = outcomes.stream().anyMatch(o -> o.severity() == Severity.WARNING) ? Severity.WARNING
                : Severity.ERROR;
        boolean partial = OPEN_TOTAL.equals(r.result().role())
                && outcomes.stream().allMatch(o -> actual.lo().compareTo(o.expected().hi()) > 0);
        Finding f = finding(r, cmp, printed, closest, outcomes, partial ? Severity.WARNING : severity, actual);
        if (partial) {
            // a 其中 list may name only some parts: a total above them is at most a warning
            f = new Finding(f.reportId(), f.rule(), f.severity(), f.messageZh() + "（其中所列各项可能不全）",
                    f.messageEn() + " (the list may be partial)", f.expected(), f.actual(), f.difference(), f.unit(),
                    f.evidence());
        }
        return Optional.of(f);
    }

    private static Finding finding(Relation r, Comparison cmp, Figure printed, Outcome closest, List<Outcome> outcomes,
                                   Severity severity, Interval actual) {
        int d = printed.quantity().decimals();
        StringBuilder zh = new StringBuilder(r.cue()).append("：印刷值 ").append(printed.quantity());
        StringBuilder en = new StringBuilder(r.cue()).append(": printed ").append(printed.quantity());
        for (Outcome o : outcomes) {
            String v = format(o.expected().mid(), d) + printed.unit().symbol();
            zh.append("；按「").append(o.reading().name()).append("」应为 ").append(v);
            en.append("; reading \"").append(o.reading().name()).append("\" gives ").append(v);
        }
        zh.append("（").append(origin(r.origin(), true)).append("）");
        en.append(" (").append(origin(r.origin(), false)).append(")");
        List<Evidence> ev = new ArrayList<>();
        ev.add(printed.evidence(r.result().role()));
        for (RelationTerm t : closest.reading().terms()) {
            ev.add(figure(t).evidence(t.sign() > 0 ? t.role() : t.role() + "-subtracted"));
        }
        for (RelationTerm t : closest.reading().denominator()) {
            ev.add(figure(t).evidence(t.role()));
        }
        return cmp.of(r.rule(), severity, zh.toString(), en.toString(), closest.expected(), actual, printed.unit(), ev);
    }

    /** The reading's interval in the printed figure's unit, or null when a term's unit cannot convert. */
    static Interval expected(Reading reading, Figure printed) {
        Unit unit = printed.unit();
        if (!reading.isRatio()) {
            return sum(reading.terms(), unit);
        }
        if (unit != Unit.PERCENT && unit != Unit.NONE) {
            return null;
        }
        Unit base = figure(reading.terms().get(0)).unit();
        Interval num = sum(reading.terms(), base);
        Interval den = sum(reading.denominator(), base);
        if (num == null || den == null || den.lo().signum() <= 0) {
            return null;
        }
        Interval q = num.dividedBy(den);
        return unit == Unit.PERCENT ? q.times(new BigDecimal(100)) : q;
    }

    private static Interval sum(List<RelationTerm> terms, Unit unit) {
        Interval acc = Interval.point(BigDecimal.ZERO);
        for (RelationTerm t : terms) {
            Figure f = figure(t);
            if (!f.comparableTo(unit)) {
                return null;
            }
            Interval i = f.interval(unit);
            acc = t.sign() > 0 ? acc.plus(i) : acc.minus(i);
        }
        return acc;
    }

    private static BigDecimal ulp(Figure printed, Reading reading, Unit unit) {
        BigDecimal max = printed.ulp(unit);
        if (!reading.isRatio()) {
            for (RelationTerm t : reading.terms()) {
                Figure f = figure(t);
                if (f.comparableTo(unit)) {
                    max = max.max(f.ulp(unit));
                }
            }
        }
        return max;
    }

    static Figure figure(RelationTerm t) {
        return new Figure(t.label(), t.quantity(), t.provenance(), t.context());
    }

    private static String origin(String origin, boolean zh) {
        return switch (origin == null ? "" : origin) {
            case "layout" -> zh ? "依据：表格的行列结构" : "from the table's rows and columns";
            case "identity" -> zh ? "依据：标准表间恒等式" : "from a standard identity";
            case "sentence" -> zh ? "依据：正文表述" : "from the wording of the text";
            default -> zh ? "依据：" + origin : "from " + origin;
        };
    }

    private static String format(BigDecimal v, int decimals) {
        return v.round(MathContext.DECIMAL64).setScale(Math.max(0, decimals), RoundingMode.HALF_UP).toPlainString();
    }
}
