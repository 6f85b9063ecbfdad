package org.jixiao.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Validate;

/**
 * Runs every rule over a report (and every cross-report rule over the reports of one department).
 * A rule that throws becomes a "not evaluated" finding, so one bad rule or table never stops a
 * batch; findings per report are bounded, the worst kept.
 */
public final class Checker {
    /** The rule id of the finding that names the rules a report's missing inputs kept from running. */
    public static final String NOT_EVALUATED_RULE = "checker.not-evaluated";
    private final List<Rule> rules;
    private final List<CrossReportRule> crossRules;
    private final int maxFindingsPerReport;

    public Checker(List<Rule> rules, List<CrossReportRule> crossRules, int maxFindingsPerReport) {
        this.rules = List.copyOf(Validate.notNullParam(rules, "rules"));
        this.crossRules = List.copyOf(Validate.notNullParam(crossRules, "crossRules"));
        Validate.isTrue(maxFindingsPerReport > 0, "maxFindingsPerReport must be > 0");
        this.maxFindingsPerReport = maxFindingsPerReport;
    }

    /** The checker with every rule of this module, at most 500 findings per report. */
    public static Checker standard() {
        return new Checker(RuleSet.rules(), RuleSet.crossRules(), 500);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<CrossReportRule> crossRules() {
        return crossRules;
    }

    /** The findings of every single-report rule, worst first. */
    public List<Finding> check(Report report) {
        return check(report, new RuleStats());
    }

    /**
     * The findings of every single-report rule, worst first, counting in {@code stats} what each rule
     * evaluated. A rule whose {@link Rule#requires() inputs} the report lacks does not run: it is
     * "not evaluated" with the reason (no tables, no fiscal year …).
     */
    public List<Finding> check(Report report, RuleStats stats) {
        Validate.notNullParam(report, "report");
        Validate.notNullParam(stats, "stats");
        List<Finding> out = new ArrayList<>();
        Map<String, List<String>> skipped = new LinkedHashMap<>();
        for (Rule rule : rules) {
            RuleTally tally = stats.tally(rule.id());
            java.util.Optional<String> missing = Inputs.missing(rule.requires(), report);
            if (missing.isPresent()) {
                tally.notEvaluated(missing.get());
                skipped.computeIfAbsent(missing.get(), k -> new ArrayList<>()).add(rule.id());
                continue;
            }
            out.addAll(runSafely(rule.id(), report.id(), tally, () -> rule.check(report, tally)));
        }
        // One line per missing input, naming the rules it kept from running, not one line per rule.
        skipped.forEach((why, ids) -> out.add(new Finding(report.id(), NOT_EVALUATED_RULE, Severity.NOT_EVALUATED,
                "未评估（" + Inputs.reasonZh(why) + "）：" + String.join("，", ids),
                "not evaluated (" + why + "): " + String.join(", ", ids), null, null, null, null, List.of())));
        return bound(out, report.id());
    }

    /**
     * Findings of every report plus the cross-report rules over each department's reports. Reports
     * without a department name take part in single-report rules only.
     */
    public Map<Report, List<Finding>> checkAll(List<Report> reports) {
        return checkAll(reports, new RuleStats());
    }

    /** As {@link #checkAll(List)}, counting in {@code stats} what each rule evaluated. */
    public Map<Report, List<Finding>> checkAll(List<Report> reports, RuleStats stats) {
        Validate.notNullParam(reports, "reports");
        Map<Report, List<Finding>> out = new LinkedHashMap<>();
        for (Report r : reports) {
            out.put(r, new ArrayList<>(check(r, stats)));
        }
        Map<String, List<Report>> byDept = new LinkedHashMap<>();
        for (Report r : reports) {
            String dept = r.meta().department();
            if (dept != null && !dept.isBlank()) {
                byDept.computeIfAbsent(dept, k -> new ArrayList<>()).add(r);
            } else {
                crossRules.forEach(rule -> stats.tally(rule.id()).notEvaluated("no department name"));
            }
        }
        for (List<Report> group : byDept.values()) {
            if (group.size() < 2) {
                crossRules.forEach(rule -> stats.tally(rule.id()).notEvaluated("one report of the department"));
                continue;
            }
            for (CrossReportRule rule : crossRules) {
                RuleTally tally = stats.tally(rule.id());
                for (Finding f : runSafely(rule.id(), group.get(0).id(), tally, () -> rule.check(group, tally))) {
                    Report owner = group.stream().filter(r -> r.id().equals(f.reportId())).findFirst()
                            .orElse(group.get(0));
                    out.get(owner).add(f);
                }
            }
        }
        out.replaceAll((r, list) -> bound(list, r.id()));
        return out;
    }

    private interface RuleCall {
        List<Finding> call();
    }

    private static List<Finding> runSafely(String ruleId, String reportId, RuleTally tally, RuleCall call) {
        try {
            return call.call();
        } catch (RuntimeException e) {
            // A rule bug or a malformed table must not stop the other rules: say so, do not guess.
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            tally.notEvaluated("rule failed: " + e.getClass().getSimpleName());
            return List.of(new Finding(reportId, ruleId, Severity.NOT_EVALUATED, "规则执行失败：" + why,
                    "rule failed: " + why, null, null, null, null, List.of()));
        }
    }

    private List<Finding> bound(List<Finding> findings, String reportId) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        if (sorted.size() <= maxFindingsPerReport) {
            return List.copyOf(sorted);
        }
        int dropped = sorted.size() - maxFindingsPerReport + 1;
        List<Finding> kept = new ArrayList<>(sorted.subList(0, maxFindingsPerReport - 1));
        kept.add(new Finding(reportId, "checker.truncated", Severity.INFO,
                "发现过多，另有 " + dropped + " 条未列出", dropped + " more findings not listed",
                null, null, null, null, List.of()));
        return List.copyOf(kept);
    }
}
