package org.jixiao.check.doc;

import java.util.List;
import java.util.Set;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
import org.jixiao.check.wording.SlipFinding;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.YearMention;

/**
 * Dates in the text that belong to another year's report, left from the text it was copied from:
 * <ul>
 * <li>an "as of" date (截至YYYY年…): a budget for year N counts its assets as of a day in N−1; a
 * final account or self-evaluation for N as of the end of N (or a day of N+1, when it was written);
 * any other year is stale;</li>
 * <li>in a budget (a plan for year N), a plan dated before N (拟从2020年起 in a 2025 budget).</li>
 * </ul>
 * Minor: a WARNING, one per report, with every place. The dates and their roles are extract's year
 * mentions.
 */
public final class DatedTextRule extends TalliedRule {
    public static final String ID = "year.dated-text";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "the report's fiscal year and kind, and paragraphs with dates";
    }

    @Override
    public Set<RuleInput> requires() {
        return Set.of(RuleInput.META, RuleInput.YEARS);
    }


    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        int fy = report.meta().fiscalYear();
        boolean budget = "budget".equals(report.meta().kind());
        boolean retrospective = report.meta().kind() != null
                && (report.meta().kind().startsWith("selfeval") || report.meta().kind().equals("final-account"));
        if (!budget && !retrospective) {
            tally.notEvaluated("report kind neither budget nor final account / self-evaluation");
            return List.of();
        }
        SlipFinding found = new SlipFinding(ID);
        for (YearMention y : report.yearMentions()) {
            if (y.role() == YearMention.Role.AS_OF) {
                record(y, budget ? y.year() == fy - 1 || y.year() == fy : y.year() == fy || y.year() == fy + 1, found, tally);
            } else if (budget && y.role() == YearMention.Role.PLAN) {
                record(y, y.year() >= fy, found, tally);
            }
        }
        Finding f = found.finding(report.id(), Severity.WARNING,
                "文中日期不属于本报告年度 " + fy + "（截至日期或计划年份沿用了其他年度的文字）",
                "dates in the text belong to another year than the report's " + fy
                        + " (an \"as of\" date or a plan kept from another year's text)");
        return f == null ? List.of() : List.of(f);
    }

    private static void record(YearMention y, boolean ok, SlipFinding found, RuleTally tally) {
        tally.evaluated(ok);
        if (!ok) {
            found.add(y.printed(), y.provenance(), y.quote());
        }
    }
}
