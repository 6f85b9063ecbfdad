package org.jixiao.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;
import org.jixiao.model.Validate;

/**
 * Compares a printed figure with what other printed figures say it must be, on intervals, and
 * turns a disagreement into a {@link Finding} with both sides as evidence.
 */
public final class Comparison {
    private final String reportId;

    public Comparison(String reportId) {
        this.reportId = reportId;
    }

    /** Σ sign·figure as an interval in {@code unit}. */
    public static Interval sum(List<Term> terms, Unit unit) {
        Validate.notNullParam(terms, "terms");
        Interval acc = Interval.point(BigDecimal.ZERO);
        for (Term t : terms) {
            Interval i = t.figure().interval(unit);
            acc = t.sign() > 0 ? acc.plus(i) : acc.minus(i);
        }
        return acc;
    }

    /** The coarsest unit of the last printed digit among the figures, in {@code unit}. */
    public static BigDecimal ulp(List<Figure> figures, Unit unit) {
        BigDecimal max = BigDecimal.ZERO;
        for (Figure f : figures) {
            max = max.max(f.ulp(unit));
        }
        return max;
    }

    /** True when every term can be converted to the printed figure's unit. */
    public static boolean comparable(Figure printed, List<Term> terms) {
        return terms.stream().allMatch(t -> t.figure().comparableTo(printed.unit()));
    }

    /**
     * A finding when {@code printed} disagrees with Σ terms, else empty.
     *
     * @param rule  the rule id
     * @param what  what is compared, {zh, en}: e.g. {"合计行「全年预算」列", "total row, column 全年预算"}
     * @param roles the evidence roles of the printed figure and of the terms, e.g. "total", "part"
     */
    public Optional<Finding> sumCheck(String rule, String[] what, Figure printed, List<Term> terms, String[] roles) {
        Validate.notNullParam(printed, "printed");
        if (terms.isEmpty() || !comparable(printed, terms)) {
            return Optional.empty();
        }
        Unit unit = printed.unit();
        Interval expected = sum(terms, unit);
        Interval actual = printed.interval(unit);
        List<Figure> all = new ArrayList<>();
        all.add(printed);
        terms.forEach(t -> all.add(t.figure()));
        Severity s = Tolerance.judge(expected, actual, ulp(all, unit));
        if (s == null) {
            return Optional.empty();
        }
        List<Evidence> ev = new ArrayList<>();
        ev.add(printed.evidence(roles[0]));
        for (Term t : terms) {
            ev.add(t.figure().evidence(t.sign() > 0 ? roles[1] : roles[1] + "-subtracted"));
        }
        String exp = format(expected.mid(), printed.quantity().decimals());
        return Optional.of(finding(rule, s, what, printed, exp, expected, actual, ev));
    }

    /** A finding from a computed interval (e.g. a ratio) against a printed figure, or empty when they agree. */
    public Optional<Finding> intervalCheck(String rule, String[] what, Figure printed, Interval expected,
                                           List<Figure> operands, String[] roles) {
        Validate.notNullParam(printed, "printed");
        if (expected == null) {
            return Optional.empty();
        }
        Unit unit = printed.unit();
        Interval actual = printed.interval(unit);
        Severity s = Tolerance.judge(expected, actual, printed.ulp(unit));
        if (s == null) {
            return Optional.empty();
        }
        List<Evidence> ev = new ArrayList<>();
        ev.add(printed.evidence(roles[0]));
        operands.forEach(f -> ev.add(f.evidence(roles[1])));
        String exp = format(expected.mid(), printed.quantity().decimals());
        return Optional.of(finding(rule, s, what, printed, exp, expected, actual, ev));
    }

    /** A finding built by a rule itself (two printed values of one figure, a year, a numbering gap …). */
    public Finding of(String rule, Severity s, String zh, String en, Interval expected, Interval actual,
                      Unit unit, List<Evidence> evidence) {
        BigDecimal diff = expected == null || actual == null ? null : Tolerance.difference(expected, actual);
        return new Finding(reportId, rule, s, zh, en, expected, actual, diff, unit, evidence);
    }

    /** A "not evaluated" finding naming what is missing. */
    public Finding notEvaluated(String rule, String missingZh, String missingEn) {
        return new Finding(reportId, rule, Severity.NOT_EVALUATED, "未评估：缺少" + missingZh,
                "not evaluated: missing " + missingEn, null, null, null, null, List.of());
    }

    private Finding finding(String rule, Severity s, String[] what, Figure printed, String exp,
                            Interval expected, Interval actual, List<Evidence> ev) {
        String unit = printed.unit().symbol();
        BigDecimal diff = Tolerance.difference(expected, actual);
        String shown = printed.quantity().printed() != null ? printed.quantity().printed()
                : printed.quantity().value().toPlainString();
        int d = printed.quantity().decimals() + 3;
        String off = diff.setScale(d, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        String zh = what[0] + "：印刷值 " + shown + unit + "，按其他数字应为 " + exp + unit
                + "（区间 " + range(expected, d) + "），相差 " + off + unit;
        String en = what[1] + ": printed " + shown + unit + ", the other figures give " + exp + unit
                + " (interval " + range(expected, d) + "), off by " + off + unit;
        return new Finding(reportId, rule, s, zh, en, expected, actual, diff, printed.unit(), ev);
    }

    static String range(Interval i, int scale) {
        return "[" + i.lo().setScale(scale, RoundingMode.FLOOR).stripTrailingZeros().toPlainString() + ", "
                + i.hi().setScale(scale, RoundingMode.CEILING).stripTrailingZeros().toPlainString() + "]";
    }

    static String format(BigDecimal v, int decimals) {
        return v.round(MathContext.DECIMAL64).setScale(Math.max(0, decimals), RoundingMode.HALF_UP).toPlainString();
    }
}
