package org.jixiao.check.units;

import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
import org.jixiao.model.Evidence;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 元 entered under a 万元 heading: a project's amount that is 10,000 times (within half a percent) one
 * of the money figures the same project states about itself — a 成本 indicator's target or a figure
 * of its 测算依据 — is the same money in the wrong unit. The facts come from extract (measures
 * {@code cost-target} and {@code basis-amount} beside the amount); nothing is parsed here.
 */
public final class UnitScaleRule extends TalliedRule {
    public static final String ID = "units.scale";

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
    public List<Finding> check(Report report, RuleTally tally) {
        Comparison cmp = new Comparison(report.id());
        ScaleMismatch judge = ScaleMismatch.of(report);
        List<Finding> out = new ArrayList<>();
        for (Fact amount : report.facts()) {
            if (!"amount".equals(amount.measure()) || amount.scope() == null || !amount.scope().startsWith("item:")
                    || !Objects.equals(amount.period(), String.valueOf(report.meta().fiscalYear()))
                    || !judge.hasStatedFigures(amount)) {
                continue;
            }
            Optional<List<Fact>> stated = judge.exact(amount);
            Optional<Fact> largest = stated.isPresent() ? Optional.empty() : judge.byMagnitude(amount);
            tally.evaluated(stated.isEmpty() && largest.isEmpty());
            stated.ifPresent(s -> out.add(finding(report, cmp, amount, s)));
            largest.ifPresent(f -> out.add(magnitudeFinding(report, cmp, amount, f)));
        }
        return out;
    }

    /** The amount, then the project's other amounts (its 中期 total), as evidence. */
    private static List<Evidence> amounts(Report report, Fact amount) {
        List<Evidence> ev = new ArrayList<>();
        ev.add(Figure.of(amount, amount.label()).evidence("amount"));
        report.facts().stream().filter(f -> amount.scope().equals(f.scope()) && "amount".equals(f.measure()) && f != amount)
                .forEach(f -> ev.add(Figure.of(f, f.label()).evidence("amount")));
        return ev;
    }

    private static Finding magnitudeFinding(Report report, Comparison cmp, Fact amount, Fact largest) {
        List<Evidence> ev = amounts(report, amount);
        ev.add(Figure.of(largest, largest.label()).evidence(largest.measure()));
        String u = amount.quantity().unit().symbol();
        String zh = "「" + amount.subject() + "」的「" + amount.label() + "」印为 " + amount.quantity()
                + "，是同一项目成本指标与测算依据所列最大金额 " + largest.quantity() + " 的千倍以上：金额疑为以“元”填入“" + u + "”栏";
        String en = amount.subject() + ": " + amount.label() + " is printed as " + amount.quantity()
                + ", over a thousand times the largest money figure the same project states (" + largest.quantity()
                + "): the amount looks entered in 元 under a " + u + " heading";
        return cmp.of(ID, Severity.ERROR, zh, en, null, amount.quantity().interval(), amount.quantity().unit(), ev);
    }

    private static Finding finding(Report report, Comparison cmp, Fact amount, List<Fact> stated) {
        Fact other = stated.get(0);
        List<Evidence> ev = amounts(report, amount);
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
