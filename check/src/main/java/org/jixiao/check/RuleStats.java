package org.jixiao.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@link RuleTally} per rule id, in the order the rules ran, over every report a checker saw:
 * what {@code jixiao check --stats} prints. Not thread-safe; one per run.
 */
public final class RuleStats {
    private final Map<String, RuleTally> tallies = new LinkedHashMap<>();

    /** The tally of {@code ruleId}, created empty on first use. */
    public RuleTally tally(String ruleId) {
        return tallies.computeIfAbsent(ruleId, k -> new RuleTally());
    }

    /** Rule id → tally, in the order the rules first ran. */
    public Map<String, RuleTally> byRule() {
        return java.util.Collections.unmodifiableMap(tallies);
    }

    public void add(RuleStats other) {
        other.tallies.forEach((id, t) -> tally(id).add(t));
    }
}
