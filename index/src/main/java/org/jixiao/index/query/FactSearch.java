package org.jixiao.index.query;

import static org.jixiao.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.DoubleField;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import org.jixiao.model.Validate;

/** Lists facts by keyword filters and a value range, sorted by department, year and value. */
public final class FactSearch {
    static final Sort ORDER = new Sort(new SortField(DEPARTMENT, SortField.Type.STRING),
            new SortField(YEAR, SortField.Type.LONG), new SortField(SCOPE, SortField.Type.STRING),
            new SortField(PHASE, SortField.Type.STRING), DoubleField.newSortField(VALUE, false, SortedNumericSelector.Type.MIN),
            SortField.FIELD_DOC);

    /** Matches counted one by one at most; beyond, the total is a lower bound. */
    static final long COUNT_BOUND = 10_000;

    /** Most departments whose matches are sorted instead of all matches. */
    private static final int MAX_DEPARTMENTS = 16;

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
        Query q = query(filter);
        IndexSearcher searcher = view.searcher();
        BoundedCount.Count count = BoundedCount.of(searcher, q, COUNT_BOUND);
        long total = count.value();
        TopDocs top = firstDepartments(q, filter, count);
        if (top == null) {
            top = searcher.search(q, filter.limit(), ORDER);
        }
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        return new FactResult(total, count.exact(), List.copyOf(view.facts(docs)));
    }

    /**
     * The first facts in {@link #ORDER} found among the first departments only, or null. The
     * department leads the order, so when the facts of the first k departments fill the page they
     * are the page: sorting them instead of every match (the comparator reads an ordinal per
     * match) is what makes a list of a whole scope and phase cheap. Only when every document has
     * a department, as none then sorts before the first; k is chosen from how many match in all.
     */
    private TopDocs firstDepartments(Query q, FactFilter filter, BoundedCount.Count total) throws IOException {
        if (filter.department() != null || total.value() <= filter.limit() || !view.everyDocumentHas(DEPARTMENT)) {
            return null; // few matches: sorting them all is cheap
        }
        OrdinalMap departments = view.ordinalMap(DEPARTMENT);
        long n = departments == null ? 0 : departments.getValueCount();
        // twice as many departments as the page needs when matches spread evenly; the postings of
        // more than a few departments (every document of their reports) cost more than sorting
        // the matches, which are then few per department anyway
        List<BytesRef> names = new ArrayList<>();
        // past the counting bound the matches are many more than counted: start from one department
        long start = total.exact() ? Math.max(1, 2L * filter.limit() * n / total.value()) : 1;
        for (long k = start; k <= MAX_DEPARTMENTS && k < n; k *= 4) {
            // the first k departments by name (global ordinals are in term order); a set of terms,
            // as a range query compiled an automaton each time
            while (names.size() < k) {
                names.add(view.globalTerm(DEPARTMENT, departments, names.size()));
            }
            Query first = new BooleanQuery.Builder().add(q, BooleanClause.Occur.FILTER)
                    .add(new TermInSetQuery(DEPARTMENT, names), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs top = view.searcher().search(first, filter.limit(), ORDER);
            if (top.scoreDocs.length == filter.limit()) {
                return top;
            }
        }
        return null;
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
