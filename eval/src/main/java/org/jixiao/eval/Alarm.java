package org.jixiao.eval;

import org.jixiao.model.Finding;
import org.jixiao.model.Severity;

import java.util.List;

/**
 * An ERROR or WARNING finding and what it points at.
 *
 * @param finding the finding
 * @param defects ids of the labelled defects it covers (empty: a false alarm)
 * @param holds   ids of labelled relations that hold whose figures it points at
 */
public record Alarm(Finding finding, List<String> defects, List<String> holds) {
    public Alarm {
        defects = List.copyOf(defects);
        holds = List.copyOf(holds);
    }

    public boolean isFalse() {
        return defects.isEmpty();
    }

    public boolean isError() {
        return finding.severity() == Severity.ERROR;
    }
}
