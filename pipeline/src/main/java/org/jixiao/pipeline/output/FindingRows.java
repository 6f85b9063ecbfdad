package org.jixiao.pipeline.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Report;

/** Findings as a {@link ResultTable} for text and CSV: one row per finding, its figures in one column. */
public final class FindingRows {
    public static final List<String> COLUMNS = List.of("report", "rule", "severity", "message", "expected", "actual",
            "difference", "unit", "figures");

    private FindingRows() {
    }

    public static ResultTable of(Map<Report, List<Finding>> findings) {
        ResultTable t = new ResultTable(COLUMNS);
        findings.forEach((r, list) -> list.forEach(f -> t.add(row(r, f))));
        return t;
    }

    static List<String> row(Report r, Finding f) {
        List<String> figs = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            figs.add(figure(e));
        }
        return List.of(FindingJson.reportName(r), f.rule(), f.severity().name(), f.messageZh(), interval(f.expected()),
                interval(f.actual()), f.difference() == null ? "" : f.difference().stripTrailingZeros().toPlainString(),
                f.unit() == null ? "" : f.unit().symbol(), String.join("; ", figs));
    }

    /** "role label=value unit @where". */
    public static String figure(Evidence e) {
        String v = e.quantity() == null ? "" : e.quantity().toString();
        String where = e.provenance() == null ? "" : " @" + e.provenance().describe();
        return e.role() + " " + (e.label() == null ? "" : e.label()) + "=" + v + where;
    }

    static String interval(Interval i) {
        return i == null ? "" : "[" + i.lo().stripTrailingZeros().toPlainString() + ", "
                + i.hi().stripTrailingZeros().toPlainString() + "]";
    }
}
