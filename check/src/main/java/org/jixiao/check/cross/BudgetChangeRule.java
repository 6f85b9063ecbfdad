package org.jixiao.check.cross;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.check.Comparison;
import org.jixiao.check.CrossReportRule;
import org.jixiao.check.Figure;
import org.jixiao.check.RuleTally;
import org.jixiao.model.Evidence;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;
import org.jixiao.model.Validate;
import org.jixiao.model.YearMention;
import org.jixiao.check.wording.Sentences;
import org.jixiao.model.Block;

/**
 * A budget for year N states its figure and the change against last year's budget ("三公经费预算数为
 * 37.91万元，比2024年预算减少10万元"): the figure less the change is last year's budget, as printed in
 * the report for N−1 (47.91). Read only where extract says so: a change fact whose sentence compares
 * with the budget of N−1 (extract's year mention: 比2024年预算 / 比上年预算, not 预算执行数), the budget
 * figure of the same scope printed before it in the same paragraph, and one value for that scope's
 * budget in the report for N−1.
 * The finding is filed on the later report.
 */
public final class BudgetChangeRule implements CrossReportRule {
    public static final String ID = "cross.budget-change";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "budgets of consecutive years with a change against last year's budget and its figure in one paragraph";
    }

    @Override
    public List<Finding> check(List<Report> sameDepartment) {
        return check(sameDepartment, new RuleTally());
    }

    @Override
    public List<Finding> check(List<Report> sameDepartment, RuleTally tally) {
        Validate.notNullParam(sameDepartment, "sameDepartment");
        List<Finding> out = new ArrayList<>();
        for (Report later : sameDepartment) {
            Integer y = later.meta().fiscalYear();
            if (y == null || !"budget".equals(later.meta().kind())) {
                continue;
            }
            for (Report earlier : sameDepartment) {
                if (earlier != later && Integer.valueOf(y - 1).equals(earlier.meta().fiscalYear())
                        && "budget".equals(earlier.meta().kind()) && sameKind(earlier, later)) {
                    compare(later, earlier, y, tally, out);
                }
            }
        }
        return out;
    }

    /** A unit's budget is compared with the unit's, a department's with the department's. */
    private static boolean sameKind(Report a, Report b) {
        return unit(a) == unit(b);
    }

    private static boolean unit(Report r) {
        String t = (r.meta().title() == null ? "" : r.meta().title())
                + (r.source() == null || r.source().fileName() == null ? "" : r.source().fileName());
        return t.contains("单位预算") || t.contains("单位");
    }

    private static void compare(Report later, Report earlier, int y, RuleTally tally, List<Finding> out) {
        Map<String, Fact> last = CrossFacts.unique(earlier);
        for (Fact change : later.facts()) {
            if (!"change".equals(change.measure()) || change.scope() == null || change.label() == null
                    || !String.valueOf(y).equals(CrossFacts.year(change.period()))) {
                continue;
            }
            YearMention against = comparedWith(later, change);
            if (against == null || !"预算".equals(against.against()) || against.year() != y - 1) {
                continue;
            }
            Fact current = before(later, change, y);
            Fact base = last.get(CrossFacts.key("amount", change.scope(), String.valueOf(y - 1), "budget-final"));
            if (current == null || base == null) {
                tally.notEvaluated(current == null ? "no budget figure before the change in its paragraph"
                        : "no single budget figure of that scope in last year's report");
                continue;
            }
            judge(later, earlier, current, change, base, tally, out);
        }
    }

    /** The comparison whose cue starts closest before the change's figure in the figure's sentence. */
    private static YearMention comparedWith(Report r, Fact change) {
        var p = change.provenance();
        if (p == null || p.blockId() == null || p.charStart() == null) {
            return null;
        }
        Block b = r.blocks().stream().filter(x -> p.blockId().equals(x.id())).findFirst().orElse(null);
        if (b == null) {
            return null;
        }
        int sentence = Sentences.start(b.text(), p.charStart());
        YearMention best = null;
        for (YearMention m : r.yearMentions()) {
            var at = m.provenance();
            if (m.role() == YearMention.Role.COMPARED && at != null && p.blockId().equals(at.blockId())
                    && at.charStart() != null && at.charStart() >= sentence && at.charStart() < p.charStart()
                    && (best == null || at.charStart() > best.provenance().charStart())) {
                best = m;
            }
        }
        return best;
    }

    /** The budget figure of the change's scope printed closest before it in the same block. */
    private static Fact before(Report r, Fact change, int y) {
        Fact best = null;
        if (change.provenance() == null || change.provenance().blockId() == null || change.provenance().charStart() == null) {
            return null;
        }
        for (Fact f : r.facts()) {
            if ("amount".equals(f.measure()) && change.scope().equals(f.scope()) && "budget-final".equals(f.phase())
                    && String.valueOf(y).equals(CrossFacts.year(f.period())) && f.provenance() != null
                    && change.provenance().blockId().equals(f.provenance().blockId()) && f.provenance().charEnd() != null
                    && f.provenance().charEnd() <= change.provenance().charStart()
                    && (best == null || f.provenance().charEnd() > best.provenance().charEnd())) {
                best = f;
            }
        }
        return best;
    }

    private static void judge(Report later, Report earlier, Fact current, Fact change, Fact base, RuleTally tally,
                              List<Finding> out) {
        String ln = BalanceCarryRule.name(later);
        String en = BalanceCarryRule.name(earlier);
        Figure c = new Figure(current.label(), current.quantity(), current.provenance(), ln + ": " + current.label());
        Figure d = new Figure(change.label(), change.quantity(), change.provenance(), ln + ": " + change.label());
        Figure b = new Figure(base.label(), base.quantity(), base.provenance(), en + ": " + base.label());
        Unit u = b.unit();
        if (!c.comparableTo(u) || !d.comparableTo(u)) {
            tally.notEvaluated("figures in incomparable units");
            return;
        }
        // the change carries its sign (减少 is negative): last year's budget = this year's − change
        Interval implied = c.interval(u).minus(d.interval(u));
        Interval printed = b.interval(u);
        boolean holds = implied.overlaps(printed);
        tally.evaluated(holds);
        if (holds) {
            return;
        }
        Severity s = implied.gap(printed).compareTo(c.ulp(u).max(d.ulp(u)).max(b.ulp(u))) <= 0 ? Severity.WARNING
                : Severity.ERROR;
        String zh = change.scope() + "：本年预算 " + current.quantity() + " 与所述变动 " + change.quantity() + "（" + change.label()
                + "）推得上年预算为 " + implied.lo().stripTrailingZeros().toPlainString() + "–"
                + implied.hi().stripTrailingZeros().toPlainString() + " " + u.symbol() + "，而上年报告（" + en + "）印为 "
                + base.quantity();
        String enMsg = change.scope() + ": this year's budget " + current.quantity() + " and the stated change "
                + change.quantity() + " give last year's budget as " + implied.lo().stripTrailingZeros().toPlainString()
                + "–" + implied.hi().stripTrailingZeros().toPlainString() + " " + u.symbol() + ", but last year's report ("
                + en + ") prints " + base.quantity();
        out.add(new Comparison(later.id()).of(ID, s, zh, enMsg, implied, printed, u,
                List.<Evidence>of(c.evidence("current"), d.evidence("change"), b.evidence("last-year"))));
    }
}
