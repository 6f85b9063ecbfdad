package org.jixiao.eval;

import org.jixiao.eval.truth.TruthFact;
import org.jixiao.model.Fact;

import java.util.List;

/**
 * How jixiao did on one labelled fact.
 *
 * @param truth   the labelled fact
 * @param verdict right, ambiguous (right, and other values for the same key), wrong, missing
 * @param matched jixiao's facts with the same scope, phase, period and measure
 */
public record FactOutcome(TruthFact truth, Verdict verdict, List<Fact> matched) {
    /** The four outcomes of a labelled fact. */
    public enum Verdict { RIGHT, AMBIGUOUS, WRONG, MISSING }
}
