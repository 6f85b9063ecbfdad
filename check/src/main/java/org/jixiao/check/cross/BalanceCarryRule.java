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

/**
 * A year's closing balance is the next year's opening balance: the actual 期末滚存结余 of a fund
 * (or any scope) for year Y in one report against the actual 期初 for year Y+1 in another report of
 * the same department. The finding is filed on the later report.
 */
public final class BalanceCarryRule implements CrossReportRule {
    public static final String ID = "cross.balance-carry";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "actual balance-end and balance-begin facts with years, in reports of consecutive years";
    }

    @Override
    public List<Finding> check(List<Report> sameDepartment) {
        return check(sameDepartment, new RuleTally());
    }

    /** Counts each pair of figures compared. */
    @Override
    public List<Finding> check(List<Report> sameDepartment, RuleTally tally) {
        Validate.notNullParam(sameDepartment, "sameDepartment");
        List<Finding> out = new ArrayList<>();
        for (Report earlier : sameDepartment) {
            Map<String, Fact> ends = CrossFacts.unique(earlier);
            for (Report later : sameDepartment) {
                if (later == earlier) {
                    continue;
                }
                Map<String, Fact> begins = CrossFacts.unique(later);
                ends.forEach((k, end) -> {
                    String[] p = k.split("\\|", -1);
                    if (!p[0].equals("balance-end") || !p[3].equals("actual") || p[2].equals("null")) {
                        return;
                    }
                    String next = String.valueOf(Integer.parseInt(p[2]) + 1);
                    Fact begin = begins.get(CrossFacts.key("balance-begin", p[1], next, "actual"));
                    if (begin != null) {
                        compare(earlier, end, later, begin, out, tally);
                    }
                });
            }
        }
        return out;
    }

    private static void compare(Report earlier, Fact end, Report later, Fact begin, List<Finding> out, RuleTally tally) {
        Figure e = new Figure(end.label(), end.quantity(), end.provenance(), name(earlier) + ": " + end.label());
        Figure b = new Figure(begin.label(), begin.quantity(), begin.provenance(), name(later) + ": " + begin.label());
        if (!e.comparableTo(b.unit())) {
            tally.notEvaluated("figures in incomparable units");
            return;
        }
        Unit u = b.unit();
        Interval ie = e.interval(u);
        Interval ib = b.interval(u);
        tally.evaluated(ie.overlaps(ib));
        if (ie.overlaps(ib)) {
            return;
        }
        Severity s = ie.gap(ib).compareTo(e.ulp(u).max(b.ulp(u))) <= 0 ? Severity.WARNING : Severity.ERROR;
        String zh = end.scope() + "：" + end.period() + " 年期末滚存结余 " + end.quantity() + "（" + name(earlier) + "）与 "
                + begin.period() + " 年期初结余 " + begin.quantity() + "（" + name(later) + "）不一致";
        String en = end.scope() + ": the closing balance of " + end.period() + ", " + end.quantity() + " (" + name(earlier)
                + "), differs from the opening balance of " + begin.period() + ", " + begin.quantity() + " (" + name(later) + ")";
        out.add(new Comparison(later.id()).of(ID, s, zh, en, ie, ib, u,
                List.<Evidence>of(e.evidence("balance-end"), b.evidence("balance-begin"))));
    }

    static String name(Report r) {
        return r.source() != null && r.source().fileName() != null ? r.source().fileName() : r.id();
    }
}
