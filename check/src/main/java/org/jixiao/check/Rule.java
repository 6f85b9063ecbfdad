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

    /** The findings on this report; an empty list means every evaluated figure agrees. */
    List<Finding> check(Report report);
}
