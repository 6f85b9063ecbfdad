package org.jixiao.index.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The queries every index answers, whatever holds it: the embedded Lucene index
 * ({@link LuceneBackend}, the default) or a search server. Commands and the web app ask a
 * backend; the same query tests can then run against each one.
 */
public interface IndexBackend extends AutoCloseable {
    /** Paragraphs, headings and table rows matching a full-text query, with highlighted snippets. */
    SearchResult search(SearchRequest request) throws IOException;

    /** Facts matching a filter, sorted by department, year, scope, phase and value. */
    FactResult facts(FactFilter filter) throws IOException;

    /** A pivot of canonical facts. */
    PivotTable compare(PivotRequest request) throws IOException;

    /** Findings matching a filter. */
    FindingResult findings(FindingFilter filter) throws IOException;

    /** The indexed reports, by department, year and file name. */
    List<ReportInfo> reports() throws IOException;

    /** The report with this id (hidden renditions included), or null. */
    ReportInfo report(String reportId) throws IOException;

    /** Counts of the values of each of {@code dims} among a search's hits, most first. */
    Map<String, Map<String, Integer>> facets(SearchRequest request, List<String> dims, int top) throws IOException;

    /** Findings matching the filter but for its severity, counted by severity, most first. */
    Map<String, Integer> countBySeverity(FindingFilter filter) throws IOException;

    /** Documents in the index (every type, hidden ones included), for a health check. */
    long documents() throws IOException;

    @Override
    void close() throws IOException;
}
