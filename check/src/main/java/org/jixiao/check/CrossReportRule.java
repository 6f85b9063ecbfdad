package org.jixiao.check;

import java.util.List;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;

/** A rule over several reports of the same department (e.g. one year's 期末 vs the next year's 期初). */
public interface CrossReportRule {
    String id();

    String needs();

    /** Findings over reports already known to be of one department, in any order. */
    List<Finding> check(List<Report> sameDepartment);

    /** What of each report the rule reads. */
    default java.util.Set<RuleInput> requires() {
        return java.util.Set.of(RuleInput.FACTS, RuleInput.META);
    }

    /**
     * The findings, counting in {@code tally} each pair of figures compared. The default counts the
     * group as one evaluation that held when nothing fired; rules override it to count each pair.
     */
    default List<Finding> check(List<Report> sameDepartment, RuleTally tally) {
        List<Finding> out = check(sameDepartment);
        tally.evaluated(out.stream().noneMatch(f -> f.severity() == org.jixiao.model.Severity.ERROR
                || f.severity() == org.jixiao.model.Severity.WARNING));
        return out;
    }
}
