package org.jixiao.eval;

import org.jixiao.eval.truth.TruthDefect;
import org.jixiao.model.Finding;

import java.util.List;

/**
 * A labelled defect and the ERROR/WARNING findings that cover it (none: missed).
 */
public record DefectOutcome(TruthDefect defect, List<Finding> coveredBy) {
    public DefectOutcome {
        coveredBy = List.copyOf(coveredBy);
    }

    public boolean found() {
        return !coveredBy.isEmpty();
    }
}
