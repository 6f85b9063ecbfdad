package org.jixiao.index.query;

import java.util.List;

/** Hits of a search and how many documents matched in all. */
public record SearchResult(long totalHits, List<SearchHit> hits) {
}
