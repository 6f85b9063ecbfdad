package org.jixiao.check.doc;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.check.Rule;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.wording.SlipFinding;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;

/**
 * Dates in the text that belong to another year's report, left from the text it was copied from:
 * <ul>
 * <li>an "as of" date (截至YYYY年…): a budget for year N counts its assets as of a day in N−1; a
 * final account or self-evaluation for N as of the end of N (or a day of N+1, when it was written);
 * any other year is stale;</li>
 * <li>in a budget (a plan for year N), a plan dated before N (拟从2020年起 in a 2025 budget).</li>
 * </ul>
 * Minor: a WARNING, one per report, with every place.
 */
public final class DatedTextRule implements Rule {
    public static final String ID = "year.dated-text";
    private static final Pattern AS_OF = Pattern.compile("(?:截至|截止到|截止|截至到)\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern PLAN = Pattern.compile("(?:拟|将|预计)(?:从|于|在|自)?\\s*((?:19|20)\\d{2})\\s*年");

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
        return Set.of(RuleInput.META, RuleInput.BLOCKS);
    }

    @Override
    public List<Finding> check(Report report) {
        return check(report, new RuleTally());
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
        for (Block b : report.blocks()) {
            if (b.type() == BlockType.TABLE) {
                continue;
            }
            Matcher m = AS_OF.matcher(b.text());
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                boolean ok = budget ? y == fy - 1 || y == fy : y == fy || y == fy + 1;
                record(b, m, ok, found, tally);
            }
            if (budget) {
                Matcher p = PLAN.matcher(b.text());
                while (p.find()) {
                    record(b, p, Integer.parseInt(p.group(1)) >= fy, found, tally);
                }
            }
        }
        Finding f = found.finding(report.id(), Severity.WARNING,
                "文中日期不属于本报告年度 " + fy + "（截至日期或计划年份沿用了其他年度的文字）",
                "dates in the text belong to another year than the report's " + fy
                        + " (an \"as of\" date or a plan kept from another year's text)");
        return f == null ? List.of() : List.of(f);
    }

    private static void record(Block b, Matcher m, boolean ok, SlipFinding found, RuleTally tally) {
        tally.evaluated(ok);
        if (!ok) {
            found.add(b, m.start(), m.end());
        }
    }
}
