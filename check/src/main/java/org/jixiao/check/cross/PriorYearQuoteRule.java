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
 * A figure of an earlier year quoted in a later report (the 2023年决算数 column of a 2024 base data
 * table) equals the figure printed in that year's own report: same measure, scope, year and phase.
 * The finding is filed on the quoting report.
 */
public final class PriorYearQuoteRule implements CrossReportRule {
    public static final String ID = "cross.prior-year";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "facts with years in reports of several fiscal years";
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
        for (Report quoting : sameDepartment) {
            Integer fy = quoting.meta().fiscalYear();
            if (fy == null) {
                continue;
            }
            for (Report home : sameDepartment) {
                Integer hy = home.meta().fiscalYear();
                if (home == quoting || hy == null || hy >= fy) {
                    continue;
                }
                Map<String, Fact> own = CrossFacts.unique(home);
                CrossFacts.unique(quoting).forEach((k, quoted) -> {
                    Fact printed = own.get(k);
                    if (printed != null && String.valueOf(hy).equals(CrossFacts.year(quoted.period()))) {
                        compare(quoting, quoted, home, printed, out, tally);
                    }
                });
            }
        }
        return out;
    }

    private static void compare(Report quoting, Fact quoted, Report home, Fact printed, List<Finding> out, RuleTally tally) {
        Figure q = new Figure(quoted.label(), quoted.quantity(), quoted.provenance(),
                BalanceCarryRule.name(quoting) + ": " + quoted.label());
        Figure p = new Figure(printed.label(), printed.quantity(), printed.provenance(),
                BalanceCarryRule.name(home) + ": " + printed.label());
        if (!q.comparableTo(p.unit())) {
            tally.notEvaluated("figures in incomparable units");
            return;
        }
        Unit u = p.unit();
        Interval iq = q.interval(u);
        Interval ip = p.interval(u);
        tally.evaluated(iq.overlaps(ip));
        if (iq.overlaps(ip)) {
            return;
        }
        Severity s = iq.gap(ip).compareTo(q.ulp(u).max(p.ulp(u))) <= 0 ? Severity.WARNING : Severity.ERROR;
        String what = quoted.scope() + " · " + quoted.phase() + " · " + quoted.period();
        String zh = "引用的上年数字与该年报告不一致（" + what + "）：本报告印 " + quoted.quantity() + "，"
                + BalanceCarryRule.name(home) + " 印 " + printed.quantity();
        String en = "a prior-year figure quoted here differs from that year's report (" + what + "): " + quoted.quantity()
                + " here, " + printed.quantity() + " in " + BalanceCarryRule.name(home);
        out.add(new Comparison(quoting.id()).of(ID, s, zh, en, ip, iq, u,
                List.<Evidence>of(q.evidence("quoted"), p.evidence("printed"))));
    }
}
