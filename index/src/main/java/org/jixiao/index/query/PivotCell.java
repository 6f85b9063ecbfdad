package org.jixiao.index.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * One cell of a pivot.
 *
 * @param value     the normalized value most facts in the cell agree on (the first when tied)
 * @param display   the value for people: 86.56%, 33,502.94万元 style (money in 万元)
 * @param facts     how many facts fell in the cell
 * @param distinct  how many different values they had (more than one: the reports disagree)
 * @param sources   where the facts were printed, when asked for
 * @param values    each different value with how many facts have it and, when asked for, where the
 *                  first of them was printed; most common first (at most {@link PivotQuery#MAX_VALUES_PER_CELL})
 */
public record PivotCell(BigDecimal value, String display, int facts, int distinct, List<FactRow> sources,
                        List<PivotValue> values) {
    public PivotCell {
        sources = sources == null ? List.of() : List.copyOf(sources);
        values = values == null ? List.of() : List.copyOf(values);
    }

    public boolean conflicting() {
        return distinct > 1;
    }
}
