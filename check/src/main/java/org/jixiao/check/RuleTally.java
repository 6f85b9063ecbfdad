package org.jixiao.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one rule did on one or more reports: how many relations or figures it evaluated, how many
 * held, how many fired, and how many it could not evaluate and why — so "all figures agree" and
 * "never ran" are distinguishable ({@code jixiao check --stats}).
 */
public final class RuleTally {
    private static final int MAX_REASONS = 50;
    private long evaluated;
    private long held;
    private long fired;
    private long notEvaluated;
    private final Map<String, Long> reasons = new LinkedHashMap<>();

    /** One relation or figure evaluated: it held, or it fired. */
    public void evaluated(boolean holds) {
        evaluated++;
        if (holds) {
            held++;
        } else {
            fired++;
        }
    }

    public void notEvaluated(String reason) {
        notEvaluated++;
        if (reasons.containsKey(reason) || reasons.size() < MAX_REASONS) {
            reasons.merge(reason, 1L, Long::sum);
        }
    }

    public void add(RuleTally other) {
        evaluated += other.evaluated;
        held += other.held;
        fired += other.fired;
        notEvaluated += other.notEvaluated;
        other.reasons.forEach((k, v) -> {
            if (reasons.containsKey(k) || reasons.size() < MAX_REASONS) {
                reasons.merge(k, v, Long::sum);
            }
        });
    }

    public long evaluated() {
        return evaluated;
    }

    public long held() {
        return held;
    }

    public long fired() {
        return fired;
    }

    public long notEvaluated() {
        return notEvaluated;
    }

    /** Reasons for "not evaluated" with their counts (bounded). */
    public Map<String, Long> reasons() {
        return Map.copyOf(reasons);
    }
}
