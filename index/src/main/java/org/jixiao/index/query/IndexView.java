package org.jixiao.index.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import org.jixiao.index.IndexFields;
import org.jixiao.index.ReportIndexer;
import org.jixiao.index.analysis.ChineseAnalyzer;
import org.jixiao.index.analysis.DomainDictionary;
import org.jixiao.model.Validate;

/**
 * A point-in-time view of the committed index: its searcher, the query analyzer and the facet
 * states (built once per view and field, as they map the segments' ordinals).
 */
public final class IndexView implements AutoCloseable {
    static final int MAX_CACHED_REPORTS = 100_000;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    /** Ordinal maps per field, built on first use (they scan the field's terms once per reader). */
    private final Map<String, ReportInfo> reportCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, StringDocValuesReaderState> facetStates = new java.util.concurrent.ConcurrentHashMap<>();

    public IndexView(Directory directory, Analyzer queryAnalyzer) throws IOException {
        this.directory = Validate.notNullParam(directory, "directory");
        this.queryAnalyzer = Validate.notNullParam(queryAnalyzer, "queryAnalyzer");
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /**
     * Opens the index in {@code dir} with the standard query analyzer.
     *
     * @throws IllegalArgumentException when there is no index there
     */
    public static IndexView open(Path dir) throws IOException {
        Validate.notNullParam(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no index at " + dir + " (run 'jixiao index --index " + dir + " PATH...')");
        }
        Directory d = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(d)) {
            d.close();
            throw new IllegalArgumentException("no index at " + dir + " (run 'jixiao index --index " + dir + " PATH...')");
        }
        try {
            ReportIndexer.checkSchema(d, dir);
        } catch (IllegalArgumentException e) {
            d.close();
            throw e;
        }
        return new IndexView(d, ChineseAnalyzer.forQuery(DomainDictionary.standard()));
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public DirectoryReader reader() {
        return reader;
    }

    public Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** The commit user data of the commit this view reads. */
    public Map<String, String> commitData() throws IOException {
        return reader.getIndexCommit().getUserData();
    }

    /**
     * Counts of the values of {@code dim} (a keyword field, or year) among the documents matching
     * {@code query}, most first: facets over the fields' sorted doc values.
     */
    public Map<String, Integer> facetCounts(Query query, String dim, int top) throws IOException {
        Validate.notNullParam(query, "query");
        Validate.notNullParam(dim, "dim");
        Validate.isTrue(IndexFields.FACET_DIMS.contains(dim), "not a facet dimension: " + dim);
        return counts(searcher.search(query, new FacetsCollectorManager()), dim, top);
    }

    /**
     * {@link #facetCounts(Query, String, int)} of several dimensions with one search: the
     * matching documents are collected once and counted per dimension.
     */
    public Map<String, Map<String, Integer>> facetCounts(Query query, List<String> dims, int top) throws IOException {
        Validate.notNullParam(query, "query");
        Validate.notNullParam(dims, "dims");
        FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String dim : dims) {
            out.put(dim, counts(fc, dim, top));
        }
        return out;
    }

    private Map<String, Integer> counts(FacetsCollector fc, String dim, int top) throws IOException {
        Validate.isTrue(IndexFields.FACET_DIMS.contains(dim), "not a facet dimension: " + dim);
        Facets facets;
        if (IndexFields.YEAR.equals(dim)) {
            facets = new LongValueFacetCounts(dim, fc);
        } else {
            StringDocValuesReaderState state = facetStates.get(dim);
            if (state == null) {
                state = new StringDocValuesReaderState(reader, dim);
                facetStates.put(dim, state);
            }
            facets = new StringValueFacetCounts(state, fc);
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        FacetResult r = facets.getTopChildren(top, dim);
        if (r != null) {
            for (LabelAndValue lv : r.labelValues) {
                out.put(lv.label, lv.value.intValue());
            }
        }
        return out;
    }

    /** {@link #facetCounts} over the documents of one type (report, block, row, fact, finding). */
    public Map<String, Integer> facetCountsOfType(String type, String dim, int top) throws IOException {
        Validate.notNullParam(type, "type");
        return facetCounts(Queries.type(type), dim, top);
    }

    /** The indexed reports (one rendition of each), by department, year and file name. */
    public List<ReportInfo> reports() throws IOException {
        Query q = Queries.type(IndexFields.TYPE_REPORT);
        Sort sort = new Sort(new SortField(IndexFields.DEPARTMENT, SortField.Type.STRING),
                new SortField(IndexFields.YEAR, SortField.Type.LONG), SortField.FIELD_DOC);
        TopDocs top = searcher.search(q, Math.max(1, reader.numDocs()), sort);
        List<ReportInfo> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(ReportInfo.of(searcher.storedFields().document(sd.doc)));
        }
        return out;
    }

    /** The report with this id, or null; cached, as every hit and fact row names its report. */
    public ReportInfo report(String reportId) throws IOException {
        Validate.notNullParam(reportId, "reportId");
        ReportInfo cached = reportCache.get(reportId);
        if (cached != null) {
            return cached;
        }
        ReportInfo r = loadReport(reportId);
        if (r != null && reportCache.size() < MAX_CACHED_REPORTS) {
            reportCache.put(reportId, r);
        }
        return r;
    }

    private ReportInfo loadReport(String reportId) throws IOException {
        TopDocs top = searcher.search(Queries.and(Queries.anyType(IndexFields.TYPE_REPORT),
                new TermQuery(new Term(IndexFields.REPORT_ID, reportId))), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
        return ReportInfo.of(d);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
