/**
 * Reading the index: full-text search with highlighted snippets ({@link org.jixiao.index.query.TextSearch}),
 * fact tables with range filters ({@link org.jixiao.index.query.FactSearch}), pivots of one measure
 * across departments and years ({@link org.jixiao.index.query.PivotQuery}), findings
 * ({@link org.jixiao.index.query.FindingSearch}) and facet counts, all over one
 * {@link org.jixiao.index.query.IndexView}.
 */
package org.jixiao.index.query;
