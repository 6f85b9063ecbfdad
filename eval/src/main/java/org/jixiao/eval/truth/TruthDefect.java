package org.jixiao.eval.truth;

import java.util.List;

/**
 * An inconsistency a careful reader found.
 *
 * @param id          unique within its truth file
 * @param family      table-arithmetic, change-rate, same-item, … (docs/eval.md)
 * @param severity    error (beyond rounding) or minor
 * @param description what is wrong, in words
 * @param figures     the printed figures involved, each with where it is printed
 * @param computed    what the other figures give, when there is one such value
 * @param quote       the printed words, for defects without figures
 */
public record TruthDefect(String id, String family, String severity, String description, List<TruthFigure> figures,
                          TruthFigure computed, String quote) {
    public TruthDefect {
        figures = figures == null ? List.of() : List.copyOf(figures);
        severity = severity == null ? "error" : severity.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isError() {
        return "error".equals(severity);
    }
}
