package org.jixiao.index.query;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import org.jixiao.index.IndexFields;

/** Small builders for the filter queries every search uses. */
final class Queries {
    private Queries() {
    }

    /** Documents of one type, without those of hidden renditions and superseded versions. */
    static Query type(String type) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, type)), BooleanClause.Occur.FILTER)
                .add(NumericDocValuesField.newSlowExactQuery(IndexFields.HIDDEN, 1), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    /** Documents of one type, hidden renditions included (lookups by id). */
    static Query anyType(String type) {
        return new TermQuery(new Term(IndexFields.TYPE, type));
    }

    /** All clauses as filters (no scoring). */
    static Query and(Query... clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : clauses) {
            b.add(q, BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** Adds a keyword filter when the value is given. */
    static void keyword(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    static void year(BooleanQuery.Builder b, Integer year) {
        if (year != null) {
            b.add(IntPoint.newExactQuery(IndexFields.YEAR, year), BooleanClause.Occur.FILTER);
        }
    }
}
