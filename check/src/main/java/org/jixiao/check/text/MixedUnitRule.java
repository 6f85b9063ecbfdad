package org.jixiao.check.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.Rule;
import org.jixiao.check.Term;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;

/**
 * A part printed in another unit than its siblings (转移支出0.02万元 among 亿元 parts) whose total
 * adds up only when that part is read in the siblings' unit: the unit is misprinted.
 */
public final class MixedUnitRule implements Rule {
    public static final String ID = "unit.mixed";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public java.util.Set<org.jixiao.check.RuleInput> requires() {
        return java.util.Set.of(org.jixiao.check.RuleInput.BLOCKS);
    }

    @Override
    public String needs() {
        return "sentences with a total and its parts in more than one unit";
    }

    @Override
    public List<Finding> check(Report report) {
        Comparison cmp = new Comparison(report.id());
        List<Finding> out = new ArrayList<>();
        for (List<TextFigure> block : ByBlock.group(TextFigures.of(report))) {
            for (PartsList list : PartsList.of(block)) {
                if (explains(list)) {
                    out.add(finding(list, cmp));
                }
            }
        }
        return out;
    }

    /** True when the sum fails as printed but works with the odd-unit parts read in the total's unit. */
    static boolean explains(PartsList list) {
        Unit u = list.total().figure().unit();
        Set<Unit> units = list.parts().stream().map(p -> p.figure().unit()).collect(Collectors.toSet());
        if (units.size() < 2 || !units.contains(u) || u.dimension() != Unit.Dimension.MONEY) {
            return false;
        }
        // Midpoints, not intervals: with many rounded parts both readings may fit the intervals, but
        // only the misprint explains the total exactly.
        Interval printed = list.total().figure().interval(u);
        List<Term> asPrinted = list.parts().stream().map(p -> Term.plus(p.figure())).toList();
        if (printed.overlaps(Interval.point(Comparison.sum(asPrinted, u).mid()))) {
            return false;
        }
        return printed.overlaps(Interval.point(reread(list, u).mid()));
    }

    private static Interval reread(PartsList list, Unit u) {
        List<Term> terms = new ArrayList<>();
        for (TextFigure p : list.parts()) {
            terms.add(Term.plus(p.figure().unit() == u ? p.figure() : inUnit(p.figure(), u)));
        }
        return Comparison.sum(terms, u);
    }

    private static Figure inUnit(Figure f, Unit u) {
        Quantity q = f.quantity();
        return new Figure(f.label(), new Quantity(q.value(), q.decimals(), u, null, q.printed()), f.provenance(),
                f.context());
    }

    private static Finding finding(PartsList list, Comparison cmp) {
        Figure total = list.total().figure();
        Unit u = total.unit();
        List<Evidence> ev = new ArrayList<>();
        ev.add(total.evidence("total"));
        StringBuilder odd = new StringBuilder();
        for (TextFigure p : list.parts()) {
            boolean isOdd = p.figure().unit() != u;
            ev.add(p.figure().evidence(isOdd ? "odd-unit-part" : "part"));
            if (isOdd) {
                odd.append(odd.length() == 0 ? "" : "、").append(p.label()).append(p.figure().quantity());
            }
        }
        Interval asPrinted = Comparison.sum(list.parts().stream().map(p -> Term.plus(p.figure())).toList(), u);
        Interval actual = total.interval(u);
        String zh = "「" + list.total().label() + "」" + total.quantity() + " 的各项中 " + odd
                + " 的单位与其他各项不同：按所印单位各项之和为 "
                + asPrinted.mid().stripTrailingZeros().toPlainString() + u.symbol() + "，按" + u.symbol() + "读才与总数相符，单位疑似印错";
        String en = "\"" + list.total().label() + "\" " + total.quantity() + ": the part " + odd
                + " is printed in another unit than its siblings; the parts add up to the total only when it is read in "
                + u.symbol() + ", so its unit looks misprinted";
        return cmp.of(ID, Severity.ERROR, zh, en, asPrinted, actual, u, ev);
    }
}
