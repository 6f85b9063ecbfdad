package org.jixiao.check.comparative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
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
 * The direction a sentence states (增加/增长/大于/高于/超支, 减少/下降/小于/低于/节约, 持平/一致/相等)
 * against the two figures it compares, as extract relates them: a relation whose words state a
 * direction (extract's {@link Relation#direction()}) and whose readings name a {@code current} and a {@code base} term. current − base
 * is computed on intervals in the base's unit. A reading agrees when the difference can have the
 * stated sign (or be zero, for 持平); the finding is raised only when every reading disagrees:
 * an ERROR when the difference is clear of zero by more than one unit of the last printed digit,
 * else a WARNING. A relation without both terms is not evaluated.
 */
public final class DirectionRule extends TalliedRule {
    public static final String ID = "comparative.direction";

    /** The stated direction: +1 up, −1 down, 0 even. */
    enum Direction { UP, DOWN, EVEN }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "relations with a direction word in their cue and current and base terms";
    }

    @Override
    public Set<RuleInput> requires() {
        return Set.of(RuleInput.RELATIONS);
    }


    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        List<Finding> out = new ArrayList<>();
        Comparison cmp = new Comparison(report.id());
        for (Relation r : report.relations()) {
            Direction d = direction(r.direction());
            if (d == null) {
                continue;
            }
            judge(r, d, cmp, tally, out);
        }
        return out;
    }

    /** The direction extract read from the relation's words ({@link Relation#direction()}), or null. */
    static Direction direction(String stated) {
        if (stated == null) {
            return null;
        }
        return switch (stated) {
            case "up" -> Direction.UP;
            case "down" -> Direction.DOWN;
            case "even" -> Direction.EVEN;
            default -> null;
        };
    }

    private static void judge(Relation r, Direction d, Comparison cmp, RuleTally tally, List<Finding> out) {
        BigDecimal worst = null;
        Interval shown = null;
        Figure[] pair = null;
        Unit unit = null;
        boolean any = false;
        for (Reading reading : r.readings()) {
            RelationTerm current = term(reading, "current");
            RelationTerm base = term(reading, "base");
            if (current == null || base == null) {
                continue;
            }
            Figure c = new Figure(current.label(), current.quantity(), current.provenance(), current.context());
            Figure b = new Figure(base.label(), base.quantity(), base.provenance(), base.context());
            Unit u = b.unit();
            if (!c.comparableTo(u)) {
                continue;
            }
            any = true;
            Interval diff = c.interval(u).minus(b.interval(u));
            BigDecimal off = contradiction(diff, d);
            if (off == null) {
                tally.evaluated(true);
                return; // one reading agrees: nothing to say
            }
            if (worst == null || off.compareTo(worst) < 0) {
                worst = off;
                shown = diff;
                pair = new Figure[] {c, b};
                unit = u;
            }
        }
        if (!any) {
            tally.notEvaluated("relation without current and base figures in one unit");
            return;
        }
        tally.evaluated(false);
        BigDecimal ulp = pair[0].ulp(unit).max(pair[1].ulp(unit));
        Severity s = worst.compareTo(ulp) > 0 ? Severity.ERROR : Severity.WARNING;
        String zh = "文字称「" + r.cue() + "」，而所比较的两个数字 " + pair[0].quantity() + " 与 " + pair[1].quantity()
                + " 之差为 " + shown.lo().stripTrailingZeros().toPlainString() + "～" + shown.hi().stripTrailingZeros().toPlainString()
                + " " + unit.symbol();
        String en = "the text says \"" + r.cue() + "\" but the figures it compares, " + pair[0].quantity() + " and "
                + pair[1].quantity() + ", differ by " + shown.lo().stripTrailingZeros().toPlainString() + " to "
                + shown.hi().stripTrailingZeros().toPlainString() + " " + unit.symbol();
        out.add(cmp.of(ID, s, zh, en, null, shown, unit,
                List.<Evidence>of(pair[0].evidence("current"), pair[1].evidence("base"))));
    }

    /** How far the difference is from the stated direction (null when it can agree). */
    static BigDecimal contradiction(Interval diff, Direction d) {
        return switch (d) {
            case UP -> diff.hi().signum() > 0 ? null : diff.hi().negate();
            case DOWN -> diff.lo().signum() < 0 ? null : diff.lo();
            case EVEN -> diff.lo().signum() <= 0 && diff.hi().signum() >= 0 ? null
                    : diff.lo().signum() > 0 ? diff.lo() : diff.hi().negate();
        };
    }

    private static RelationTerm term(Reading reading, String role) {
        for (RelationTerm t : reading.terms()) {
            if (role.equals(t.role())) {
                return t;
            }
        }
        for (RelationTerm t : reading.denominator()) {
            if (role.equals(t.role())) {
                return t;
            }
        }
        return null;
    }
}
