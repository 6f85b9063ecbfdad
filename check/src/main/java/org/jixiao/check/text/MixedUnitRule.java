package org.jixiao.check.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
import org.jixiao.check.Term;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;

/**
 * A part printed in another unit than its siblings (转移支出0.02万元 among 亿元 parts) whose total
 * adds up only when that part is read in the siblings' unit: the unit is misprinted. Reads extract's
 * {@code text.parts-sum} relations that carry a reading with {@value #ODD_UNIT} terms (the odd part
 * read in its siblings' unit); the first reading is the sum as printed.
 */
public final class MixedUnitRule extends TalliedRule {
    public static final String ID = "unit.mixed";
    static final String PARTS_SUM = "text.parts-sum";
    static final String ODD_UNIT = "odd-unit-part";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public java.util.Set<RuleInput> requires() {
        return java.util.Set.of(RuleInput.RELATIONS);
    }

    @Override
    public String needs() {
        return "totals with their parts listed in more than one unit (text.parts-sum relations)";
    }


    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        Comparison cmp = new Comparison(report.id());
        List<Finding> out = new ArrayList<>();
        for (Relation r : report.relations()) {
            Reading odd = oddReading(r);
            if (odd == null) {
                continue;
            }
            boolean fires = explains(r, odd);
            tally.evaluated(!fires);
            if (fires) {
                out.add(finding(r, odd, cmp));
            }
        }
        return out;
    }

    private static Reading oddReading(Relation r) {
        if (!PARTS_SUM.equals(r.rule()) || r.readings().size() < 2) {
            return null;
        }
        return r.readings().stream().filter(rd -> rd.terms().stream().anyMatch(t -> ODD_UNIT.equals(t.role())))
                .findFirst().orElse(null);
    }

    /**
     * True when the sum fails as printed but works with the odd-unit parts read in the total's unit.
     * Midpoints, not intervals: with many rounded parts both readings may fit the intervals, but only
     * the misprint explains the total exactly.
     */
    private static boolean explains(Relation r, Reading odd) {
        Figure total = figure(r.result());
        Unit u = total.unit();
        Interval printed = total.interval(u);
        Interval asPrinted = sum(r.readings().get(0), u);
        Interval reread = sum(odd, u);
        return asPrinted != null && reread != null && !printed.overlaps(Interval.point(asPrinted.mid()))
                && printed.overlaps(Interval.point(reread.mid()));
    }

    private static Interval sum(Reading rd, Unit u) {
        List<Term> terms = rd.terms().stream().map(t -> new Term(figure(t), t.sign())).toList();
        return terms.stream().allMatch(t -> t.figure().comparableTo(u)) ? Comparison.sum(terms, u) : null;
    }

    private static Figure figure(RelationTerm t) {
        return new Figure(t.label(), t.quantity(), t.provenance(), t.context());
    }

    private static Finding finding(Relation r, Reading odd, Comparison cmp) {
        Figure total = figure(r.result());
        Unit u = total.unit();
        List<Evidence> ev = new ArrayList<>();
        ev.add(total.evidence("total"));
        StringBuilder names = new StringBuilder();
        // the evidence shows each part as printed, the odd one with the unit printed beside it
        Reading printed = r.readings().get(0);
        for (int i = 0; i < printed.terms().size(); i++) {
            RelationTerm p = printed.terms().get(i);
            boolean isOdd = i < odd.terms().size() && ODD_UNIT.equals(odd.terms().get(i).role());
            ev.add(figure(p).evidence(isOdd ? ODD_UNIT : "part"));
            if (isOdd) {
                names.append(names.length() == 0 ? "" : "、").append(p.label()).append(p.quantity());
            }
        }
        Interval asPrinted = sum(printed, u);
        Interval actual = total.interval(u);
        String label = r.result().label();
        String zh = "「" + label + "」" + total.quantity() + " 的各项中 " + names
                + " 的单位与其他各项不同：按所印单位各项之和为 "
                + asPrinted.mid().stripTrailingZeros().toPlainString() + u.symbol() + "，按" + u.symbol() + "读才与总数相符，单位疑似印错";
        String en = "\"" + label + "\" " + total.quantity() + ": the part " + names
                + " is printed in another unit than its siblings; the parts add up to the total only when it is read in "
                + u.symbol() + ", so its unit looks misprinted";
        return cmp.of(ID, Severity.ERROR, zh, en, asPrinted, actual, u, ev);
    }
}
