package org.jixiao.index.query;

import static org.jixiao.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

import org.jixiao.model.Validate;

/** Lists findings by severity, rule, department and year, and counts them by severity. */
public final class FindingSearch {
    static final Sort ORDER = new Sort(new SortField(SEVERITY, SortField.Type.STRING),
            new SortField(DEPARTMENT, SortField.Type.STRING), new SortField(YEAR, SortField.Type.LONG),
            new SortField(RULE, SortField.Type.STRING), SortField.FIELD_DOC);

    private final IndexView view;

    public FindingSearch(IndexView view) {
        this.view = Validate.notNullParam(view, "view");
    }

    public FindingResult search(FindingFilter filter) throws IOException {
        Validate.notNullParam(filter, "filter");
        TopDocs top = view.searcher().search(query(filter), filter.limit(), ORDER);
        List<FindingRow> rows = new ArrayList<>(top.scoreDocs.length);
        StoredFields stored = view.searcher().storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            rows.add(view.finding(stored, sd.doc));
        }
        return new FindingResult(top.totalHits.value, rows);
    }

    /** Findings matching the filter (severity ignored) counted by severity. */
    public Map<String, Integer> countBySeverity(FindingFilter filter) throws IOException {
        Validate.notNullParam(filter, "filter");
        FindingFilter any = new FindingFilter(null, filter.rule(), filter.department(), filter.year(), filter.limit(),
                filter.reportId());
        return view.facetCounts(query(any), SEVERITY, 10);
    }

    static Query query(FindingFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(Queries.type(TYPE_FINDING), BooleanClause.Occur.FILTER);
        Queries.keyword(b, SEVERITY, f.severity());
        Queries.keyword(b, RULE, f.rule());
        Queries.keyword(b, DEPARTMENT, f.department());
        Queries.year(b, f.year());
        Queries.keyword(b, REPORT_ID, f.reportId());
        return b.build();
    }
}
