package org.jixiao.check.relation;

import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
import org.jixiao.check.units.ScaleMismatch;
import org.jixiao.model.Evidence;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Quantity;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates {@code item.cost-ceiling} relations (built by extract from a 绩效目标申报表): the year's
 * amount must not exceed the 成本 indicators' targets together. An amount of 0 beside a positive cost
 * target, or an amount above the ceilings of whole-project indicators (总成本) beyond the last printed
 * digit, is an ERROR. An amount the
 * units rule finds printed in 元 under a 万元 heading is compared as it was meant (÷10,000).
 */
public final class CostCeilingRule extends TalliedRule {
    public static final String ID = "item.cost-ceiling";
    private static final BigDecimal SCALE_GAP = new BigDecimal("1000");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "a project's amount for the year with its 成本 indicators (performance-target forms)";
    }

    @Override
    public Set<RuleInput> requires() {
        return Set.of(RuleInput.RELATIONS, RuleInput.FACTS);
    }


    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        Comparison cmp = new Comparison(report.id());
        ScaleMismatch scale = ScaleMismatch.of(report);
        Map<String, Fact> byId = new HashMap<>();
        report.facts().stream().filter(f -> f.id() != null).forEach(f -> byId.putIfAbsent(f.id(), f));
        List<Finding> out = new ArrayList<>();
        for (Relation r : report.relations()) {
            if (ID.equals(r.rule())) {
                evaluate(r, byId.get(r.result().factId()), scale, cmp, tally).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Finding> evaluate(Relation r, Fact fact, ScaleMismatch scale, Comparison cmp, RuleTally tally) {
        Figure amount = RelationRule.figure(r.result());
        Unit unit = amount.unit();
        Interval ceiling = RelationRule.expected(r.readings().get(0), amount);
        if (ceiling == null || unit.dimension() != Unit.Dimension.MONEY) {
            tally.notEvaluated("units of the figures do not convert");
            return Optional.empty();
        }
        BigDecimal meant = fact == null ? amount.quantity().value() : scale.meantValue(fact);
        boolean rescaled = meant.compareTo(amount.quantity().value()) != 0;
        Quantity q = amount.quantity();
        Interval actual = rescaled ? Interval.point(meant) : amount.interval(unit);
        if (!rescaled && actual.lo().compareTo(ceiling.hi().multiply(SCALE_GAP)) >= 0) {
            // a thousand times the ceiling is a unit slip the units rule could not confirm, not a cost overrun
            tally.notEvaluated("the amount is orders of magnitude above its cost indicators");
            return Optional.empty();
        }
        boolean zero = q.value().signum() == 0 && ceiling.lo().signum() > 0;
        BigDecimal slack = amount.ulp(unit);
        // a part's ceiling (保洁成本) does not bound the whole amount; only 总成本-like indicators do
        boolean whole = r.readings().get(0).terms().stream().allMatch(t -> "ceiling".equals(t.role()));
        boolean over = whole && actual.lo().compareTo(ceiling.hi().add(slack)) > 0;
        tally.evaluated(!zero && !over);
        if (!zero && !over) {
            return Optional.empty();
        }
        List<Evidence> ev = new ArrayList<>();
        ev.add(amount.evidence("amount"));
        for (RelationTerm t : r.readings().get(0).terms()) {
            ev.add(RelationRule.figure(t).evidence("ceiling"));
        }
        String c = ceiling.mid().stripTrailingZeros().toPlainString() + unit.symbol();
        String subject = r.result().context() == null ? "" : "「" + r.result().context() + "」";
        String label = r.result().label().replaceAll("[:：\\s]+$", "");
        String zh = zero
                ? subject + "的" + label + "为 " + q + "，而成本指标的目标值为 " + c
                : subject + "的" + label + " " + (rescaled ? meant.toPlainString() + unit.symbol()
                        + "（印为 " + q + "，按元折算）" : q.toString()) + " 超过成本指标的目标值 " + c;
        String en = zero
                ? label + " is " + q + " while the cost indicators target " + c
                : label + " " + (rescaled ? meant.toPlainString() + " (printed " + q + ", read as 元)"
                        : q.toString()) + " exceeds the cost indicators' target " + c;
        return Optional.of(cmp.of(ID, Severity.ERROR, zh, en, ceiling, actual, unit, ev));
    }
}
