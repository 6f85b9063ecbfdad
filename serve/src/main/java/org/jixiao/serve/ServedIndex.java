package org.jixiao.serve;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.FactResult;
import org.jixiao.index.query.FindingFilter;
import org.jixiao.index.query.FindingResult;
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
 * What the web app reads, whatever holds the index: an {@link IndexBackend} and answers kept
 * while the index does not change. {@link #of} is an embedded Lucene view; a search server
 * supplies its backend with its own policy. Readers do not close it: whoever opened the index
 * closes it.
 */
public interface ServedIndex extends IndexBackend {
    /** Where a server finds the index's current state, asked once per request. */
    @FunctionalInterface
    interface Source {
        ServedIndex current();
    }

    /** The backend every query goes to. */
    IndexBackend backend();

    /**
     * The answer kept for {@code key} while the index stays as it is, else {@code compute}'s. An
     * index that cannot tell when it changes computes every time.
     */
    <T> T cached(Object key, IndexView.Compute<T> compute) throws IOException;

    /** Equal for two states of the same content (lists read from one may be kept for the other). */
    Object version();

    @Override
    default SearchResult search(SearchRequest request) throws IOException {
        return backend().search(request);
    }

    @Override
    default Map<String, Map<String, Integer>> facets(SearchRequest request, List<String> dims, int top)
            throws IOException {
        return backend().facets(request, dims, top);
    }

    @Override
    default FactResult facts(FactFilter filter) throws IOException {
        return backend().facts(filter);
    }

    @Override
    default PivotTable compare(PivotRequest request) throws IOException {
        return backend().compare(request);
    }

    @Override
    default FindingResult findings(FindingFilter filter) throws IOException {
        return backend().findings(filter);
    }

    @Override
    default Map<String, Integer> countBySeverity(FindingFilter filter) throws IOException {
        return backend().countBySeverity(filter);
    }

    @Override
    default List<ReportInfo> reports() throws IOException {
        return backend().reports();
    }

    @Override
    default ReportInfo report(String reportId) throws IOException {
        return backend().report(reportId);
    }

    @Override
    default long documents() throws IOException {
        return backend().documents();
    }

    /** A state is not closed by its readers. */
    @Override
    default void close() {
    }

    /** The embedded index as one Lucene view reads it. */
    static ServedIndex of(IndexView view) {
        return new Lucene(view, new LuceneBackend(view));
    }

    /** One Lucene view: its {@link LuceneBackend} (one text search per state: a request parses its query once). */
    record Lucene(IndexView view, LuceneBackend backend) implements ServedIndex {
        public Lucene {
            Validate.notNullParam(view, "view");
            Validate.notNullParam(backend, "backend");
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
