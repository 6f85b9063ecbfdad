package org.jixiao.index.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.model.Validate;

/** The embedded Lucene index as an {@link IndexBackend}: the query classes over one {@link IndexView}. */
public final class LuceneBackend implements IndexBackend {
    private final IndexView view;
    private final TextSearch text;

    public LuceneBackend(IndexView view) {
        this.view = Validate.notNullParam(view, "view");
        this.text = new TextSearch(view);
    }

    /**
     * Opens the index in {@code dir}.
     *
     * @throws IllegalArgumentException when there is no index there, or one of another schema
     */
    public static LuceneBackend open(Path dir) throws IOException {
        return new LuceneBackend(IndexView.open(dir));
    }

    /** The view the queries read, for what only Lucene offers (facet counts over any query). */
    public IndexView view() {
        return view;
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return text.search(request);
    }

    @Override
    public java.util.Map<String, java.util.Map<String, Integer>> facets(SearchRequest request, List<String> dims, int top)
            throws IOException {
        return text.facets(request, dims, top);
    }

    @Override
    public FactResult facts(FactFilter filter) throws IOException {
        return new FactSearch(view).search(filter);
    }

    @Override
    public PivotTable compare(PivotRequest request) throws IOException {
        return new PivotQuery(view).pivot(request);
    }

    @Override
    public FindingResult findings(FindingFilter filter) throws IOException {
        return new FindingSearch(view).search(filter);
    }

    @Override
    public List<ReportInfo> reports() throws IOException {
        return view.reports();
    }

    @Override
    public ReportInfo report(String reportId) throws IOException {
        return view.report(reportId);
    }

    @Override
    public java.util.Map<String, Integer> countBySeverity(FindingFilter filter) throws IOException {
        return new FindingSearch(view).countBySeverity(filter);
    }

    @Override
    public long documents() {
        return view.reader().numDocs();
    }

    @Override
    public void close() throws IOException {
        view.close();
    }
}
