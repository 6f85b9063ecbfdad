package org.jixiao.check.names;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
import org.jixiao.check.wording.SlipFinding;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;

/**
 * A budget or final account speaks as what it is: a 单位预算 (one unit's) does not say 本部门 or
 * 部门预算, a 部门预算 (the department's, its units consolidated) does not say 本单位. The kind is
 * read from the title (or the file name when the title does not say). 部门预算经济分类 is the name of
 * a classification, not the report's kind, and is not a slip.
 */
public final class ReportKindRule extends TalliedRule {
    public static final String ID = "names.report-kind";
    private static final Pattern UNIT_TITLE = Pattern.compile("单位(?:预算|决算)");
    private static final Pattern DEPARTMENT_TITLE = Pattern.compile("部门(?:预算|决算)");
    private static final Pattern DEPARTMENT_WORDS = Pattern.compile("本部门|部门(?:预算|决算)(?!经济分类)");
    private static final Pattern UNIT_WORDS = Pattern.compile("本单位");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "the report's title naming 部门预算/单位预算 (or 决算), and paragraphs";
    }

    @Override
    public Set<RuleInput> requires() {
        return Set.of(RuleInput.BLOCKS);
    }


    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        Boolean unit = unitReport(report);
        if (unit == null) {
            tally.notEvaluated("the title names neither 部门 nor 单位 budget or final account");
            return List.of();
        }
        Pattern wrong = unit ? DEPARTMENT_WORDS : UNIT_WORDS;
        SlipFinding found = new SlipFinding(ID);
        found.addParagraphMatches(report, wrong, tally);
        Finding f = unit
                ? found.finding(report.id(), Severity.WARNING, "单位预算（决算）中使用了部门口径的表述（本部门、部门预算）",
                        "a unit's budget or final account speaks as the department (本部门, 部门预算)")
                : found.finding(report.id(), Severity.WARNING, "部门预算（决算）中使用了单位口径的表述（本单位）",
                        "a department's budget or final account speaks as one unit (本单位)");
        return f == null ? List.of() : List.of(f);
    }

    /** True for a unit's report, false for a department's, null when the title does not say. */
    static Boolean unitReport(Report report) {
        for (String s : new String[] {report.meta().title(),
                report.source() == null ? null : report.source().fileName()}) {
            if (s == null) {
                continue;
            }
            boolean u = UNIT_TITLE.matcher(s).find();
            boolean d = DEPARTMENT_TITLE.matcher(s).find();
            if (u != d) {
                return u;
            }
        }
        return null;
    }
}
