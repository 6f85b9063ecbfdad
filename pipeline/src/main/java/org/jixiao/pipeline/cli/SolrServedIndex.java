package org.jixiao.pipeline.cli;

import java.io.IOException;

import org.jixiao.index.query.IndexBackend;
import org.jixiao.index.query.IndexView;
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
    public IndexBackend backend() {
        return solr;
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
