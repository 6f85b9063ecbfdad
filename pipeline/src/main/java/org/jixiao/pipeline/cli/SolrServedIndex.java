package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.FactResult;
import org.jixiao.index.query.FindingFilter;
import org.jixiao.index.query.FindingResult;
import org.jixiao.index.query.IndexView;
import org.jixiao.index.query.PivotRequest;
import org.jixiao.index.query.PivotTable;
import org.jixiao.index.query.ReportInfo;
import org.jixiao.index.query.SearchRequest;
import org.jixiao.index.query.SearchResult;
import org.jixiao.model.Validate;
import org.jixiao.serve.ServedIndex;
import org.jixiao.solr.SolrBackend;

/**
 * A SolrCloud collection as the commands and the web app read it. Solr does not say when the
 * collection changed, so no answer is kept, and the report list may be kept for
 * {@link #LIST_MILLIS} only.
 */
final class SolrServedIndex implements ServedIndex {
    static final long LIST_MILLIS = 10_000;
    private final SolrBackend solr;

    SolrServedIndex(SolrBackend solr) {
        this.solr = Validate.notNullParam(solr, "solr");
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return solr.search(request);
    }

    @Override
    public Map<String, Map<String, Integer>> facets(SearchRequest request, List<String> dims, int top)
            throws IOException {
        return solr.facets(request, dims, top);
    }

    @Override
    public FactResult facts(FactFilter filter) throws IOException {
        return solr.facts(filter);
    }

    @Override
    public PivotTable compare(PivotRequest request) throws IOException {
        return solr.compare(request);
    }

    @Override
    public FindingResult findings(FindingFilter filter) throws IOException {
        return solr.findings(filter);
    }

    @Override
    public Map<String, Integer> countBySeverity(FindingFilter filter) throws IOException {
        return solr.countBySeverity(filter);
    }

    @Override
    public List<ReportInfo> reports() throws IOException {
        return solr.reports();
    }

    @Override
    public ReportInfo report(String reportId) throws IOException {
        return solr.report(reportId);
    }

    @Override
    public long documents() throws IOException {
        return solr.documents();
    }

    @Override
    public <T> T cached(Object key, IndexView.Compute<T> compute) throws IOException {
        return compute.get();
    }

    @Override
    public Object version() {
        return System.currentTimeMillis() / LIST_MILLIS;
    }
}
