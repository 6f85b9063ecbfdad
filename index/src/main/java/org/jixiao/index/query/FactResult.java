package org.jixiao.index.query;

import java.util.List;

/**
 * Facts listed and how many matched in all.
 *
 * @param total      how many facts matched; when {@code totalExact} is false, at least this many (a
 *                   count stops at a bound, as counting millions of matches costs more than the page)
 * @param totalExact whether {@code total} is the exact count
 * @param rows       the facts listed
 */
public record FactResult(long total, boolean totalExact, List<FactRow> rows) {
    /** A result whose count is exact. */
    public FactResult(long total, List<FactRow> rows) {
        this(total, true, rows);
    }
}
