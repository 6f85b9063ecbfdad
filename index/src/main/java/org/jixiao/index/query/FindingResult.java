package org.jixiao.index.query;

import java.util.List;

/** Findings listed and how many matched in all. */
public record FindingResult(long total, List<FindingRow> rows) {
}
