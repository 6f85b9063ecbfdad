package org.jixiao.check;

import java.util.List;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;

/**
 * One consistency rule over one report. A rule that lacks the figures it needs returns a
 * {@link org.jixiao.model.Severity#NOT_EVALUATED} finding naming what is missing, never a pass
 * or a fail it cannot justify.
 */
public interface Rule {
    /** A stable id such as {@code table.column-sum}. */
    String id();

    /** What the rule reads, for "not evaluated" messages and documentation (e.g. "tables with 合计 rows"). */
    String needs();

    /** What of the report the rule reads; the checker says "not evaluated" where it is absent. */
    default java.util.Set<RuleInput> requires() {
        return java.util.Set.of();
    }

    /** The findings on this report; an empty list means every evaluated figure agrees. */
    List<Finding> check(Report report);

    /**
     * The findings, counting what was evaluated in {@code tally}. Rules that evaluate many relations
     * or figures override this to count each one; the default counts the report as one evaluation
     * that held when nothing fired.
     */
    default List<Finding> check(Report report, RuleTally tally) {
        List<Finding> out = check(report);
        long notEvaluated = out.stream().filter(f -> f.severity() == org.jixiao.model.Severity.NOT_EVALUATED).count();
        if (notEvaluated > 0 && notEvaluated == out.size()) {
            tally.notEvaluated(out.get(0).messageEn());
        } else {
            tally.evaluated(out.stream().noneMatch(f -> f.severity() == org.jixiao.model.Severity.ERROR
                    || f.severity() == org.jixiao.model.Severity.WARNING));
        }
        return out;
    }
}
