package org.jixiao.index.query;

import static org.jixiao.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.DoubleField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;

import org.jixiao.model.Validate;

/** Lists facts by keyword filters and a value range, sorted by department, year and value. */
public final class FactSearch {
    static final Sort ORDER = new Sort(new SortField(DEPARTMENT, SortField.Type.STRING),
            new SortField(YEAR, SortField.Type.LONG), new SortField(SCOPE, SortField.Type.STRING),
            new SortField(PHASE, SortField.Type.STRING), DoubleField.newSortField(VALUE, false, SortedNumericSelector.Type.MIN),
            SortField.FIELD_DOC);

    private final IndexView view;

    public FactSearch(IndexView view) {
        this.view = Validate.notNullParam(view, "view");
    }

    /** The facts matching the filter, at most {@code filter.limit()}, and how many matched in all. */
    public FactResult search(FactFilter filter) throws IOException {
        Validate.notNullParam(filter, "filter");
        return view.cached(List.of("facts", filter), () -> compute(filter));
    }

    private FactResult compute(FactFilter filter) throws IOException {
        TopDocs top = view.searcher().search(query(filter), filter.limit(), ORDER);
        List<FactRow> rows = new ArrayList<>(top.scoreDocs.length);
        StoredFields stored = view.searcher().storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            rows.add(view.fact(stored, sd.doc));
        }
        return new FactResult(top.totalHits.value, List.copyOf(rows));
    }

    /** The query a filter stands for (also used by the pivot). */
    static Query query(FactFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (f.scope() == null && f.phase() == null && f.measure() == null && !f.canonicalOnly()) {
            b.add(Queries.type(TYPE_FACT), BooleanClause.Occur.FILTER);
        } else {
            // only fact documents have a scope, phase, measure or canonical mark: leading a
            // conjunction through the postings of every fact in the index only cost time
            Queries.visible(b);
        }
        Queries.keyword(b, SCOPE, f.scope());
        Queries.keyword(b, PHASE, f.phase());
        Queries.keyword(b, MEASURE, f.measure());
        Queries.keyword(b, DEPARTMENT, f.department());
        Queries.keyword(b, UNIT, f.unit());
        Queries.keyword(b, PERIOD, f.period());
        Queries.keyword(b, REPORT_ID, f.reportId());
        if (f.canonicalOnly()) {
            Queries.keyword(b, CANONICAL, CANONICAL_YES);
        }
        Queries.year(b, f.year());
        if (f.min() != null || f.max() != null) {
            double lo = f.min() == null ? Double.NEGATIVE_INFINITY : f.min().doubleValue();
            double hi = f.max() == null ? Double.POSITIVE_INFINITY : f.max().doubleValue();
            // points when the range is selective, doc values when the other filters are
            b.add(DoubleField.newRangeQuery(VALUE, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
