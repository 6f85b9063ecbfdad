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
}
