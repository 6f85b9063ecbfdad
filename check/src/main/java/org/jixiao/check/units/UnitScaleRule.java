package org.jixiao.check.units;

import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.Rule;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.model.Evidence;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 元 entered under a 万元 heading: a project's amount that is 10,000 times (within half a percent) one
 * of the money figures the same project states about itself — a 成本 indicator's target or a figure
 * of its 测算依据 — is the same money in the wrong unit. The facts come from extract (measures
 * {@code cost-target} and {@code basis-amount} beside the amount); nothing is parsed here.
 */
public final class UnitScaleRule implements Rule {
    public static final String ID = "units.scale";
    private static final BigDecimal SCALE = new BigDecimal("10000");
    private static final BigDecimal SLACK = new BigDecimal("0.005");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "a project's amount with its cost indicators or 测算依据 figures (performance-target forms)";
    }

    @Override
    public Set<RuleInput> requires() {
        return Set.of(RuleInput.FACTS);
    }

    @Override
    public List<Finding> check(Report report) {
        return check(report, new RuleTally());
    }

    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        Comparison cmp = new Comparison(report.id());
        List<Finding> out = new ArrayList<>();
        for (Fact amount : report.facts()) {
            if (!"amount".equals(amount.measure()) || amount.scope() == null || !amount.scope().startsWith("item:")
                    || amount.quantity().unit().dimension() != Unit.Dimension.MONEY
                    || !Objects.equals(amount.period(), String.valueOf(report.meta().fiscalYear()))) {
                continue;
            }
            List<Fact> others = report.facts().stream().filter(f -> amount.scope().equals(f.scope())
                    && ("cost-target".equals(f.measure()) || "basis-amount".equals(f.measure()))).toList();
            if (others.isEmpty()) {
                continue;
            }
            Fact match = others.stream().filter(f -> tenThousandTimes(amount, f.quantity().value(), f)).findFirst().orElse(null);
            List<Fact> parts = List.of();
            if (match == null) {
                // the items of the 测算依据 or the cost indicators together (7.812 + 13.508 + 2.135 万元)
                for (String m : List.of("cost-target", "basis-amount")) {
                    List<Fact> group = others.stream().filter(f -> m.equals(f.measure())).toList();
                    BigDecimal sum = group.stream().map(f -> f.quantity().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (group.size() > 1 && tenThousandTimes(amount, sum, group.get(0))) {
                        parts = group;
                        break;
                    }
                }
            }
            tally.evaluated(match == null && parts.isEmpty());
            if (match != null) {
                out.add(finding(report, cmp, amount, List.of(match)));
            } else if (!parts.isEmpty()) {
                out.add(finding(report, cmp, amount, parts));
            }
        }
        return out;
    }

    private static boolean tenThousandTimes(Fact amount, BigDecimal value, Fact other) {
        if (other.quantity().unit() != amount.quantity().unit() || value.signum() <= 0) {
            return false;
        }
        BigDecimal a = amount.quantity().value();
        BigDecimal scaled = value.multiply(SCALE);
        return a.subtract(scaled).abs().compareTo(a.multiply(SLACK)) <= 0;
    }

    private static Finding finding(Report report, Comparison cmp, Fact amount, List<Fact> stated) {
        Fact other = stated.get(0);
        List<Evidence> ev = new ArrayList<>();
        ev.add(Figure.of(amount, amount.label()).evidence("amount"));
        report.facts().stream().filter(f -> amount.scope().equals(f.scope()) && "amount".equals(f.measure()) && f != amount)
                .forEach(f -> ev.add(Figure.of(f, f.label()).evidence("amount")));
        stated.forEach(f -> ev.add(Figure.of(f, f.label()).evidence(f.measure())));
        String u = amount.quantity().unit().symbol();
        String zh = "「" + amount.subject() + "」的「" + amount.label() + "」印为 " + amount.quantity() + "，是同一项目"
                + ("cost-target".equals(other.measure()) ? "成本指标" : "测算依据") + "所列 "
                + (stated.size() == 1 ? other.quantity().toString() : stated.size() + " 项之和")
                + " 的一万倍：金额疑为以“元”填入“" + u + "”栏";
        String en = amount.subject() + ": " + amount.label() + " is printed as " + amount.quantity()
                + ", 10,000 times the " + other.measure() + " " + (stated.size() == 1 ? other.quantity().toString()
                : "sum of " + stated.size() + " figures")
                + " the same project states: the amount looks entered in 元 under a " + u + " heading";
        return cmp.of(ID, Severity.ERROR, zh, en, null, amount.quantity().interval(), amount.quantity().unit(), ev);
    }
}
