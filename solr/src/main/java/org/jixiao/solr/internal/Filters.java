package org.jixiao.solr.internal;

import static org.jixiao.index.IndexFields.*;

import org.apache.solr.client.solrj.SolrQuery;

import org.jixiao.index.query.FactFilter;
import org.jixiao.solr.SolrSchema;

/** The filters and orders of the Lucene backend's queries (org.jixiao.index.query.Queries), as Solr filter queries. */
public final class Filters {
    private Filters() {
    }

    /** Leaves out the documents of hidden renditions and superseded versions. */
    public static void visible(SolrQuery q) {
        q.addFilterQuery("-" + HIDDEN + ":1");
    }

    /** Documents of one type, without hidden ones. */
    public static void type(SolrQuery q, String type) {
        keyword(q, TYPE, type);
        visible(q);
    }

    /** A keyword filter when the value is given. */
    public static void keyword(SolrQuery q, String field, String value) {
        if (value != null && !value.isBlank()) {
            q.addFilterQuery(QueryWriter.keyword(field, value));
        }
    }

    public static void year(SolrQuery q, Integer year) {
        if (year != null) {
            q.addFilterQuery(YEAR + ":" + year);
        }
    }

    /** The fact documents a filter stands for (FactSearch.query). */
    public static SolrQuery facts(FactFilter f) {
        SolrQuery q = new SolrQuery("*:*");
        type(q, TYPE_FACT);
        keyword(q, SCOPE, f.scope());
        keyword(q, PHASE, f.phase());
        keyword(q, MEASURE, f.measure());
        keyword(q, DEPARTMENT, f.department());
        keyword(q, UNIT, f.unit());
        keyword(q, PERIOD, f.period());
        keyword(q, REPORT_ID, f.reportId());
        if (f.canonicalOnly()) {
            keyword(q, CANONICAL, CANONICAL_YES);
        }
        year(q, f.year());
        if (f.min() != null || f.max() != null) {
            String lo = f.min() == null ? "*" : Double.toString(f.min().doubleValue());
            String hi = f.max() == null ? "*" : Double.toString(f.max().doubleValue());
            q.addFilterQuery(VALUE + ":[" + lo + " TO " + hi + "]");
        }
        return q;
    }

    /** The report-period documents of a scope and phase a filter stands for (Lucene's PivotQuery.periodQuery). */
    public static SolrQuery periods(FactFilter f) {
        SolrQuery q = new SolrQuery("*:*");
        type(q, TYPE_PERIOD);
        keyword(q, CANONICAL_KEY, canonicalKey(f.scope(), f.phase()));
        keyword(q, DEPARTMENT, f.department());
        keyword(q, PERIOD, f.period());
        keyword(q, REPORT_ID, f.reportId());
        year(q, f.year());
        return q;
    }

    /** FactSearch's order: department, year, scope, phase, value; then the id where Lucene uses the document number. */
    public static void factOrder(SolrQuery q) {
        for (String s : new String[] {DEPARTMENT, YEAR, SCOPE, PHASE, VALUE, SolrSchema.ID}) {
            q.addSort(s, SolrQuery.ORDER.asc);
        }
    }

    /** {@link #equalOrMissing} as a clause of a standard-syntax query. */
    public static String clause(String field, Object value) {
        if (value == null) {
            return "(*:* -" + field + ":[* TO *])";
        }
        return field + ":" + org.apache.solr.client.solrj.util.ClientUtils.escapeQueryChars(value.toString());
    }

    /** Documents whose {@code field} is {@code value}, or lack the field when {@code value} is null. */
    public static String equalOrMissing(String field, Object value) {
        if (value == null) {
            return "-" + field + ":[* TO *]";
        }
        return value instanceof Number ? field + ":" + value : QueryWriter.keyword(field, value.toString());
    }
}
