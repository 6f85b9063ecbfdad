package org.jixiao.index.query;

import org.jixiao.model.Validate;

/**
 * A full-text search.
 *
 * @param query      the query in Lucene syntax; terms are ANDed, quotes make a phrase
 * @param department only this department, or null
 * @param year       only this fiscal year, or null
 * @param limit      at most this many hits
 * @param kind       only reports of this kind, or null
 * @param level      only reports of this administrative level, or null
 */
public record SearchRequest(String query, String department, Integer year, int limit, String kind, String level) {
    public SearchRequest {
        Validate.notNullParam(query, "query");
        Validate.isTrue(limit > 0, "limit must be positive");
    }

    public SearchRequest(String query, String department, Integer year, int limit) {
        this(query, department, year, limit, null, null);
    }
}
