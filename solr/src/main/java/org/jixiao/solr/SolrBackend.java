package org.jixiao.solr;

import static org.jixiao.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

import org.jixiao.index.analysis.ChineseAnalyzer;
import org.jixiao.index.analysis.DomainDictionary;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.FactResult;
import org.jixiao.index.query.FactRow;
import org.jixiao.index.query.FindingFilter;
import org.jixiao.index.query.FindingResult;
import org.jixiao.index.query.FindingRow;
import org.jixiao.index.query.IndexBackend;
import org.jixiao.index.query.PivotRequest;
import org.jixiao.index.query.PivotTable;
import org.jixiao.index.query.ReportInfo;
import org.jixiao.index.query.SearchHit;
import org.jixiao.index.query.SearchRequest;
import org.jixiao.index.query.SearchResult;
import org.jixiao.index.query.TextSearch;
import org.jixiao.model.Validate;
import org.jixiao.solr.internal.DocumentConverter;
import org.jixiao.solr.internal.Filters;
import org.jixiao.solr.internal.QueryWriter;
import org.jixiao.solr.internal.SolrCalls;
import org.jixiao.solr.internal.SolrPivot;

/**
 * A SolrCloud collection (filled by {@link SolrMirror}) as an {@link IndexBackend}: the same
 * filters, sort orders and row readers as the Lucene backend, run as Solr requests; pivots as
 * JSON facets. Closing it closes the client only when it was handed over ({@link #owning}).
 */
public final class SolrBackend implements IndexBackend {
    private static final int MAX_CACHED_REPORTS = 100_000;
    private final SolrClient client;
    private final String collection;
    private final Analyzer queryAnalyzer;
    private final boolean ownsClient;
    private final Map<String, ReportInfo> reportCache = new ConcurrentHashMap<>();

    public SolrBackend(SolrClient client, String collection, Analyzer queryAnalyzer, boolean ownsClient) {
        this.client = Validate.notNullParam(client, "client");
        this.collection = Validate.notNullParam(collection, "collection");
        this.queryAnalyzer = Validate.notNullParam(queryAnalyzer, "queryAnalyzer");
        this.ownsClient = ownsClient;
    }

    /** A backend with jixiao's standard query analyzer that leaves the client open on close. */
    public static SolrBackend of(SolrClient client, String collection) {
        return new SolrBackend(client, collection, ChineseAnalyzer.forQuery(DomainDictionary.standard()), false);
    }

    /** A backend with jixiao's standard query analyzer that closes the client on close. */
    public static SolrBackend owning(SolrClient client, String collection) {
        return new SolrBackend(client, collection, ChineseAnalyzer.forQuery(DomainDictionary.standard()), true);
    }

    /**
     * {@inheritDoc} The query is parsed and analyzed here, as the Lucene backend does (terms
     * ANDed), and sent as terms. Snippets come from Solr's unified highlighter.
     *
     * @throws IllegalArgumentException when the query cannot be parsed
     */
    @Override
    public SearchResult search(SearchRequest r) throws IOException {
        Validate.notNullParam(r, "request");
        SolrQuery q = searchQuery(r);
        q.setFields(SolrSchema.ID, REPORT_ID, BLOCK_ID, TABLE_ID, ROW, SECTION_PATH, PAGE, TEXT, "score");
        q.setRows(r.limit());
        q.setHighlight(true).addHighlightField(TEXT).setHighlightSnippets(2)
                .setHighlightSimplePre(TextSearch.MARK_OPEN).setHighlightSimplePost(TextSearch.MARK_CLOSE);
        q.set("hl.method", "unified");
        q.set("hl.tag.ellipsis", "…");
        q.set("hl.maxAnalyzedChars", 20_000);
        QueryResponse rsp = query(q);
        Map<String, Map<String, List<String>>> hl = rsp.getHighlighting();
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument s : rsp.getResults()) {
            Document d = DocumentConverter.toLucene(s);
            String id = d.get(REPORT_ID);
            ReportInfo info = report(id);
            List<String> snippets = hl == null || hl.get(d.get(SolrSchema.ID)) == null ? null
                    : hl.get(d.get(SolrSchema.ID)).get(TEXT);
            String snippet = snippets != null && !snippets.isEmpty() ? String.join("…", snippets) : abbreviate(d.get(TEXT));
            String type = d.get(TABLE_ID) != null ? TYPE_ROW : TYPE_BLOCK;
            Object score = s.getFirstValue("score");
            hits.add(new SearchHit(id, info == null ? null : info.fileName(), info == null ? null : info.department(),
                    info == null ? null : info.year(), type, d.get(BLOCK_ID), d.get(TABLE_ID), intOrNull(d, ROW),
                    d.get(SECTION_PATH), intOrNull(d, PAGE), snippet,
                    score instanceof Number n ? n.floatValue() : 0f));
        }
        return new SearchResult(rsp.getResults().getNumFound(), hits);
    }

    /** The blocks and rows a search request matches (TextSearch's query). */
    private SolrQuery searchQuery(SearchRequest r) {
        SolrQuery q = new SolrQuery(QueryWriter.write(parse(r.query())));
        Filters.visible(q);
        Filters.keyword(q, DEPARTMENT, r.department());
        Filters.year(q, r.year());
        Filters.keyword(q, KIND, r.kind());
        Filters.keyword(q, LEVEL, r.level());
        return q;
    }

    /**
     * Counts of the values of each of {@code dims} (keyword fields or year) among the search's
     * hits, most first (TextSearch.facets): one request, counted on the shards from doc values.
     */
    @Override
    public Map<String, Map<String, Integer>> facets(SearchRequest r, List<String> dims, int top) throws IOException {
        Validate.notNullParam(r, "request");
        Validate.notNullParam(dims, "dims");
        return facetCounts(searchQuery(r), dims, top);
    }

    /** Findings matching the filter but for its severity, counted by severity, most first (FindingSearch's). */
    @Override
    public Map<String, Integer> countBySeverity(FindingFilter f) throws IOException {
        Validate.notNullParam(f, "filter");
        FindingFilter any = new FindingFilter(null, f.rule(), f.department(), f.year(), f.limit(), f.reportId());
        return facetCounts(findingQuery(any), List.of(SEVERITY), 10).get(SEVERITY);
    }

    /** Documents in the collection (every type, hidden ones included). */
    @Override
    public long documents() throws IOException {
        return query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    }

    private Map<String, Map<String, Integer>> facetCounts(SolrQuery q, List<String> dims, int top) throws IOException {
        q.setRows(0).setFacet(true).setFacetMinCount(1).setFacetLimit(top).setFacetSort("count");
        for (String d : dims) {
            q.addFacetField(d);
        }
        QueryResponse rsp = query(q);
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String d : dims) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            FacetField ff = rsp.getFacetField(d);
            if (ff != null) {
                for (FacetField.Count c : ff.getValues()) {
                    counts.put(c.getName(), (int) c.getCount());
                }
            }
            out.put(d, counts);
        }
        return out;
    }

    private org.apache.lucene.search.Query parse(String query) {
        QueryParser p = new QueryParser(TEXT, queryAnalyzer);
        p.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return p.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse query '" + query + "': " + e.getMessage(), e);
        }
    }

    @Override
    public FactResult facts(FactFilter f) throws IOException {
        Validate.notNullParam(f, "filter");
        SolrQuery q = Filters.facts(f);
        q.setFields("*");
        q.setRows(f.limit());
        Filters.factOrder(q);
        QueryResponse rsp = query(q);
        List<FactRow> rows = new ArrayList<>();
        for (SolrDocument s : rsp.getResults()) {
            rows.add(factRow(s));
        }
        return new FactResult(rsp.getResults().getNumFound(), rows);
    }

    /** A fact document as the Lucene backend reads it, with its report's keys. */
    public FactRow factRow(SolrDocument s) throws IOException {
        Document d = DocumentConverter.toLucene(s);
        return FactRow.of(d, report(d.get(REPORT_ID)));
    }

    @Override
    public PivotTable compare(PivotRequest request) throws IOException {
        Validate.notNullParam(request, "request");
        return new SolrPivot(this::query, this::factRow).pivot(request);
    }

    @Override
    public FindingResult findings(FindingFilter f) throws IOException {
        Validate.notNullParam(f, "filter");
        SolrQuery q = findingQuery(f);
        q.setFields("*").setRows(f.limit());
        for (String s : List.of(SEVERITY, DEPARTMENT, YEAR, RULE, SolrSchema.ID)) {
            q.addSort(s, SolrQuery.ORDER.asc);
        }
        QueryResponse rsp = query(q);
        List<FindingRow> rows = new ArrayList<>();
        for (SolrDocument s : rsp.getResults()) {
            Document d = DocumentConverter.toLucene(s);
            rows.add(FindingRow.of(d, report(d.get(REPORT_ID))));
        }
        return new FindingResult(rsp.getResults().getNumFound(), rows);
    }

    /** The finding documents a filter stands for (FindingSearch.query). */
    private static SolrQuery findingQuery(FindingFilter f) {
        SolrQuery q = new SolrQuery("*:*");
        Filters.type(q, TYPE_FINDING);
        Filters.keyword(q, SEVERITY, f.severity());
        Filters.keyword(q, RULE, f.rule());
        Filters.keyword(q, DEPARTMENT, f.department());
        Filters.year(q, f.year());
        Filters.keyword(q, REPORT_ID, f.reportId());
        return q;
    }

    /** {@inheritDoc} Read page by page (a cursor), as there may be many. */
    @Override
    public List<ReportInfo> reports() throws IOException {
        SolrQuery q = new SolrQuery("*:*");
        Filters.type(q, TYPE_REPORT);
        q.setFields("*").setRows(1000);
        for (String s : List.of(DEPARTMENT, YEAR, SolrSchema.ID)) {
            q.addSort(s, SolrQuery.ORDER.asc);
        }
        List<ReportInfo> out = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse rsp = query(q);
            for (SolrDocument s : rsp.getResults()) {
                out.add(ReportInfo.of(DocumentConverter.toLucene(s)));
            }
            if (cursor.equals(rsp.getNextCursorMark())) {
                return out;
            }
            cursor = rsp.getNextCursorMark();
        }
    }

    /** The report with this id (hidden renditions included), or null; cached. */
    @Override
    public ReportInfo report(String reportId) throws IOException {
        if (reportId == null) {
            return null;
        }
        ReportInfo cached = reportCache.get(reportId);
        if (cached != null) {
            return cached;
        }
        SolrQuery q = new SolrQuery("*:*");
        Filters.keyword(q, TYPE, TYPE_REPORT);
        Filters.keyword(q, REPORT_ID, reportId);
        q.setFields("*").setRows(1);
        QueryResponse rsp = query(q);
        if (rsp.getResults().isEmpty()) {
            return null;
        }
        ReportInfo r = ReportInfo.of(DocumentConverter.toLucene(rsp.getResults().get(0)));
        if (reportCache.size() < MAX_CACHED_REPORTS) {
            reportCache.put(reportId, r);
        }
        return r;
    }

    private QueryResponse query(SolrQuery q) throws IOException {
        return SolrCalls.call(() -> client.query(collection, q, SolrRequest.METHOD.POST));
    }

    private static Integer intOrNull(Document d, String field) {
        var f = d.getField(field);
        return f == null || f.numericValue() == null ? null : f.numericValue().intValue();
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }

    @Override
    public void close() throws IOException {
        if (ownsClient) {
            client.close();
        }
    }
}
