package org.jixiao.eval;

import org.jixiao.model.Fact;

import java.util.List;

/**
 * Facts of one rendition against its labels.
 *
 * @param outcomes    one per labelled fact
 * @param falseTotals jixiao facts scoped {@code total} whose value is no labelled total of that
 *                    phase and period (a figure wrongly taken for the department's total)
 */
public record FactScore(List<FactOutcome> outcomes, List<Fact> falseTotals) {
    public FactScore {
        outcomes = List.copyOf(outcomes);
        falseTotals = List.copyOf(falseTotals);
    }

    public int labelled() {
        return outcomes.size();
    }

    public int count(FactOutcome.Verdict v) {
        return (int) outcomes.stream().filter(o -> o.verdict() == v).count();
    }
}
