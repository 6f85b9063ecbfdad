package org.jixiao.index.query;

import java.util.List;

/** Facts listed and how many matched in all. */
public record FactResult(long total, List<FactRow> rows) {
}
