package org.jixiao.eval.truth;

import java.util.List;

/**
 * A relation the reader checked and found to hold: a rule firing on its figures is a false alarm.
 *
 * @param id          unique within its truth file
 * @param family      as for defects
 * @param description what holds, in words
 * @param figures     the printed figures involved
 */
public record TruthHold(String id, String family, String description, List<TruthFigure> figures) {
    public TruthHold {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
