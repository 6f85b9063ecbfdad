package org.jixiao.pipeline.output;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jixiao.check.RuleStats;
import org.jixiao.check.RuleTally;

/** What each rule did ({@code jixiao check --stats}): one row per rule, reasons for "not evaluated" in one column. */
public final class RuleStatsRows {
    public static final List<String> COLUMNS = List.of("rule", "evaluated", "held", "fired", "not_evaluated", "reasons");

    private RuleStatsRows() {
    }

    public static ResultTable of(RuleStats stats) {
        ResultTable t = new ResultTable(COLUMNS);
        stats.byRule().forEach((id, tally) -> t.add(row(id, tally)));
        return t;
    }

    private static List<String> row(String id, RuleTally t) {
        String reasons = t.reasons().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining("; "));
        return List.of(id, String.valueOf(t.evaluated()), String.valueOf(t.held()), String.valueOf(t.fired()),
                String.valueOf(t.notEvaluated()), reasons);
    }
}
