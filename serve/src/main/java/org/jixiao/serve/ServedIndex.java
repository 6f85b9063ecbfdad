package org.jixiao.serve;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.FactResult;
import org.jixiao.index.query.FindingFilter;
import org.jixiao.index.query.FindingResult;
import org.jixiao.index.query.FindingSearch;
import org.jixiao.index.query.IndexBackend;
import org.jixiao.index.query.IndexView;
import org.jixiao.index.query.LuceneBackend;
import org.jixiao.index.query.PivotRequest;
import org.jixiao.index.query.PivotTable;
import org.jixiao.index.query.ReportInfo;
import org.jixiao.index.query.SearchRequest;
import org.jixiao.index.query.SearchResult;
import org.jixiao.model.Validate;

/**
 * What the web app reads, whatever holds the index: {@link IndexBackend}'s queries and what the
 * pages show besides (a report by id, facet counts of a search, findings by severity, the
 * number of documents), and answers kept while the index does not change. {@link #of} is an
 * embedded Lucene view; a search server supplies its own. Readers do not close it: whoever
 * opened the index closes it.
 */
public interface ServedIndex extends IndexBackend {
    /** Where a server finds the index's current state, asked once per request. */
    @FunctionalInterface
    interface Source {
        ServedIndex current();
    }

    /** The report with this id (hidden renditions included), or null. */
    ReportInfo report(String reportId) throws IOException;

    /** Counts of the values of each of {@code dims} among a search's hits, most first. */
    Map<String, Map<String, Integer>> facets(SearchRequest request, List<String> dims, int top) throws IOException;

    /** Findings matching the filter but for its severity, counted by severity, most first. */
    Map<String, Integer> countBySeverity(FindingFilter filter) throws IOException;

    /** Documents in the index, for the health check. */
    long documents() throws IOException;

    /**
     * The answer kept for {@code key} while the index stays as it is, else {@code compute}'s. An
     * index that cannot tell when it changes computes every time.
     */
    <T> T cached(Object key, IndexView.Compute<T> compute) throws IOException;

    /** Equal for two states of the same content (lists read from one may be kept for the other). */
    Object version();

    /** A state is not closed by its readers. */
    @Override
    default void close() {
    }

    /** The embedded index as one Lucene view reads it. */
    static ServedIndex of(IndexView view) {
        return new Lucene(view);
    }

    /** One Lucene view: its {@link LuceneBackend} (one text search per state: a request parses its query once). */
    final class Lucene implements ServedIndex {
        private final IndexView view;
        private final LuceneBackend backend;

        Lucene(IndexView view) {
            this.view = Validate.notNullParam(view, "view");
            this.backend = new LuceneBackend(view);
        }

        @Override
        public SearchResult search(SearchRequest request) throws IOException {
            return backend.search(request);
        }

        @Override
        public Map<String, Map<String, Integer>> facets(SearchRequest request, List<String> dims, int top)
                throws IOException {
            return backend.facets(request, dims, top);
        }

        @Override
        public FactResult facts(FactFilter filter) throws IOException {
            return backend.facts(filter);
        }

        @Override
        public PivotTable compare(PivotRequest request) throws IOException {
            return backend.compare(request);
        }

        @Override
        public FindingResult findings(FindingFilter filter) throws IOException {
            return backend.findings(filter);
        }

        @Override
        public Map<String, Integer> countBySeverity(FindingFilter filter) throws IOException {
            return new FindingSearch(view).countBySeverity(filter);
        }

        @Override
        public List<ReportInfo> reports() throws IOException {
            return backend.reports();
        }

        @Override
        public ReportInfo report(String reportId) throws IOException {
            return view.report(reportId);
        }

        @Override
        public long documents() {
            return view.reader().numDocs();
        }

        @Override
        public <T> T cached(Object key, IndexView.Compute<T> compute) throws IOException {
            return view.cached(key, compute);
        }

        /** The view: it reads one commit. */
        @Override
        public Object version() {
            return view;
        }
    }
}
