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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.packed.PackedInts;

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
    /**
     * Scopes and phases whose report-period documents are kept as arrays: at 100,000 reports one
     * takes about 10 MB, and a handful of them are compared at all.
     */
    static final int MAX_PERIOD_COLUMNS = 12;
    /** Pivots, fact lists and facet counts kept per view (a pivot of 10,000 cells is a few megabytes). */
    public static final int DEFAULT_CACHED_ANSWERS = 32;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    /** Ordinal maps per field, built on first use (they scan the field's terms once per reader). */
    private final Map<String, ReportInfo> reportCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, StringDocValuesReaderState> facetStates = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, java.util.Optional<OrdinalMap>> ordinalMaps = new java.util.concurrent.ConcurrentHashMap<>();
    private final AnswerCache answers;
    private final Map<String, String[]> labels = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Boolean> everyDocumentHas = new java.util.concurrent.ConcurrentHashMap<>();
    /** Report-period documents as arrays per scope and phase ({@link PeriodColumns}), the last few used. */
    private final Map<String, PeriodColumns> periodColumns = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PeriodColumns> eldest) {
                    return size() > MAX_PERIOD_COLUMNS;
                }
            });
    private volatile FieldInfos fieldInfos;

    public IndexView(Directory directory, Analyzer queryAnalyzer) throws IOException {
        this(directory, queryAnalyzer, DEFAULT_CACHED_ANSWERS);
    }

    /**
     * @param cachedAnswers pivots and facet counts kept, by request (0: none, each is computed); the
     *                      view reads one commit, so a kept answer is the answer
     */
    public IndexView(Directory directory, Analyzer queryAnalyzer, int cachedAnswers) throws IOException {
        this.directory = Validate.notNullParam(directory, "directory");
        this.queryAnalyzer = Validate.notNullParam(queryAnalyzer, "queryAnalyzer");
        this.answers = new AnswerCache(cachedAnswers);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /**
     * Opens the index in {@code dir} with the standard query analyzer.
     *
     * @throws IllegalArgumentException when there is no index there
     */
    public static IndexView open(Path dir) throws IOException {
        return open(dir, DEFAULT_CACHED_ANSWERS);
    }

    /** {@link #open(Path)} keeping {@code cachedAnswers} pivots and facet counts (0: none). */
    public static IndexView open(Path dir, int cachedAnswers) throws IOException {
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
            ReportIndexer.checkReadable(d, dir);
        } catch (IllegalArgumentException e) {
            d.close();
            throw e;
        }
        return new IndexView(d, ChineseAnalyzer.forQuery(DomainDictionary.standard()), cachedAnswers);
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

    /** The fields of all segments, merged once per view (the highlighter asks for them on every search). */
    FieldInfos fieldInfos() {
        FieldInfos f = fieldInfos;
        if (f == null) {
            f = FieldInfos.getMergedFieldInfos(reader);
            fieldInfos = f;
        }
        return f;
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
        return facetCounts(query, List.of(dim), top).get(dim);
    }

    /**
     * {@link #facetCounts(Query, String, int)} of several dimensions with one search: the
     * matching documents are collected once and counted per dimension.
     */
    public Map<String, Map<String, Integer>> facetCounts(Query query, List<String> dims, int top) throws IOException {
        Validate.notNullParam(query, "query");
        Validate.notNullParam(dims, "dims");
        List<String> d = List.copyOf(dims);
        return answers.get(List.of("facets", query, d, top), () -> {
            FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
            return facetCounts(fc, d, top);
        });
    }

    /** Counts of each of {@code dims} among the documents {@code fc} collected (unmodifiable). */
    Map<String, Map<String, Integer>> facetCounts(FacetsCollector fc, List<String> dims, int top) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String dim : dims) {
            out.put(dim, java.util.Collections.unmodifiableMap(counts(fc, dim, top)));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Computes an answer from this view. */
    @FunctionalInterface
    public interface Compute<T> {
        T get() throws IOException;
    }

    /**
     * The answer kept for {@code key} (a value with equality, naming the question and all its
     * parameters), else {@code compute}'s, then kept: answers are immutable or never changed by
     * whoever gets them. The view reads one commit, so a kept answer does not go stale.
     */
    public <T> T cached(Object key, Compute<T> compute) throws IOException {
        return answers.get(key, compute);
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

    /**
     * The report-period documents of the canonical fields named by {@code prefix} as arrays, built
     * by {@code build} when not kept. Like the ordinal maps they describe the commit the view reads,
     * not an answer: every pivot is computed from them.
     */
    PeriodColumns periodColumns(String prefix, Compute<PeriodColumns> build) throws IOException {
        PeriodColumns c = periodColumns.get(prefix);
        if (c == null) {
            // two threads may build the same arrays at once; both are the same, one is kept
            c = build.get();
            periodColumns.put(prefix, c);
        }
        return c;
    }

    /**
     * The strings of the global ordinals of a keyword field that were asked for, kept per view as
     * the ordinal map is (a fact row names eleven keywords, each a terms-dictionary block decoded).
     */
    String[] labels(String field, OrdinalMap map) {
        return labels.computeIfAbsent(field, f -> new String[Math.toIntExact(map.getValueCount())]);
    }

    /**
     * The map from each segment's ordinals of a keyword field to ordinals over the whole index,
     * built once per view (it reads the field's terms in every segment); null when no document
     * has the field.
     */
    OrdinalMap ordinalMap(String field) throws IOException {
        java.util.Optional<OrdinalMap> m = ordinalMaps.get(field);
        if (m == null) {
            List<LeafReaderContext> leaves = reader.leaves();
            SortedDocValues[] values = new SortedDocValues[leaves.size()];
            boolean any = false;
            for (LeafReaderContext leaf : leaves) {
                values[leaf.ord] = DocValues.getSorted(leaf.reader(), field);
                any |= leaf.reader().getFieldInfos().fieldInfo(field) != null;
            }
            m = java.util.Optional.ofNullable(any ? OrdinalMap.build(null, values, PackedInts.DEFAULT) : null);
            ordinalMaps.put(field, m);
        }
        return m.orElse(null);
    }

    /** The term of global ordinal {@code ord} of {@code map}, the {@link #ordinalMap} of {@code field}. */
    org.apache.lucene.util.BytesRef globalTerm(String field, OrdinalMap map, long ord) throws IOException {
        int segment = map.getFirstSegmentNumber(ord);
        SortedDocValues v = DocValues.getSorted(reader.leaves().get(segment).reader(), field);
        return org.apache.lucene.util.BytesRef.deepCopyOf(v.lookupOrd((int) map.getFirstSegmentOrd(ord)));
    }

    /** True when every document of the view has a term of {@code field}; kept per field. */
    boolean everyDocumentHas(String field) throws IOException {
        Boolean all = everyDocumentHas.get(field);
        if (all == null) {
            all = true;
            for (LeafReaderContext leaf : reader.leaves()) {
                org.apache.lucene.index.Terms t = leaf.reader().terms(field);
                all &= t != null && t.getDocCount() == leaf.reader().maxDoc();
            }
            everyDocumentHas.put(field, all);
        }
        return all;
    }

    /** The indexed reports (one rendition of each), by department, year and file name. */
    public List<ReportInfo> reports() throws IOException {
        Query q = Queries.type(IndexFields.TYPE_REPORT);
        Sort sort = new Sort(new SortField(IndexFields.DEPARTMENT, SortField.Type.STRING),
                new SortField(IndexFields.YEAR, SortField.Type.LONG), SortField.FIELD_DOC);
        TopDocs top = searcher.search(q, Math.max(1, reader.numDocs()), sort);
        List<ReportInfo> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(ReportInfo.of(stored.document(sd.doc)));
        }
        return out;
    }

    /** The fact stored in document {@code doc}, with its report's keys. */
    FactRow fact(int doc) throws IOException {
        return fact(searcher.storedFields(), doc);
    }

    /**
     * The fact stored in document {@code doc}, read with {@code stored}: one {@link StoredFields}
     * for all the rows of an answer, as each new one clones the segments' readers and their
     * decompressors (an inflater and its buffers) before it reads anything.
     */
    FactRow fact(StoredFields stored, int doc) throws IOException {
        Document d = withKeywords(stored.document(doc), doc, IndexFields.FACT_KEYWORDS);
        return FactRow.of(d, report(d.get(IndexFields.REPORT_ID)));
    }

    /**
     * The facts stored in {@code docs}, in that order. They are read in document order: the
     * stored fields of neighbouring documents share a compressed block, which is then inflated
     * once, and the keyword doc values of each segment are opened once and read forward. The
     * report's keys come from the fact's own doc values (every document has them), not from its
     * report document: a page of facts names up to a hundred reports, and loading each report's
     * stored fields cost as much as the facts' own.
     */
    List<FactRow> facts(int[] docs) throws IOException {
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        java.util.Arrays.sort(byDoc, (a, b) -> Integer.compare(docs[a], docs[b]));
        StoredFields stored = searcher.storedFields();
        KeywordReader keywords = new KeywordReader(this, IndexFields.FACT_KEYWORDS);
        KeywordReader reportKeys = new KeywordReader(this, REPORT_KEYS);
        FactRow[] out = new FactRow[docs.length];
        for (int i : byDoc) {
            Document d = keywords.addTo(stored.document(docs[i]), docs[i]);
            Document keys = reportKeys.addTo(new Document(), docs[i]);
            out[i] = FactRow.of(d, keys.get(IndexFields.DEPARTMENT), keys.get(IndexFields.REGION),
                    keys.get(IndexFields.LEVEL), reportKeys.year(docs[i]), keys.get(IndexFields.KIND));
        }
        return java.util.Arrays.asList(out);
    }

    /** The report keywords every document has as doc values. */
    private static final List<String> REPORT_KEYS = List.of(IndexFields.DEPARTMENT, IndexFields.REGION,
            IndexFields.LEVEL, IndexFields.KIND);

    /** The finding stored in document {@code doc}, with its report's keys; {@code stored} as for facts. */
    FindingRow finding(StoredFields stored, int doc) throws IOException {
        Document d = withKeywords(stored.document(doc), doc, IndexFields.FINDING_KEYWORDS);
        return FindingRow.of(d, report(d.get(IndexFields.REPORT_ID)));
    }

    /** {@code d} with the values of {@code fields} that it did not store, read from their sorted doc values. */
    private Document withKeywords(Document d, int doc, List<String> fields) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        for (String field : fields) {
            if (d.get(field) != null) {
                continue; // schema 5 stored it
            }
            SortedDocValues v = DocValues.getSorted(leaf.reader(), field);
            if (v.advanceExact(doc - leaf.docBase)) {
                d.add(new StoredField(field, v.lookupOrd(v.ordValue()).utf8ToString()));
            }
        }
        return d;
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

    /**
     * The first live report document with this id, as a search for both terms would find it, but
     * reading the id's postings segment by segment: a fact list reads the reports of its rows, at
     * 100,000 reports mostly not yet cached, and a query per report cost two term lookups per
     * segment and a collector.
     */
    private ReportInfo loadReport(String reportId) throws IOException {
        BytesRef id = new BytesRef(reportId);
        BytesRef report = new BytesRef(IndexFields.TYPE_REPORT);
        for (LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.Terms ids = leaf.reader().terms(IndexFields.REPORT_ID);
            TermsEnum te = ids == null ? null : ids.iterator();
            if (te == null || !te.seekExact(id)) {
                continue;
            }
            SortedDocValues type = DocValues.getSorted(leaf.reader(), IndexFields.TYPE);
            int reportOrd = type.lookupTerm(report);
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
            for (int d = docs.nextDoc(); reportOrd >= 0 && d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if ((live == null || live.get(d)) && type.advanceExact(d) && type.ordValue() == reportOrd) {
                    return ReportInfo.of(searcher.storedFields().document(leaf.docBase + d));
                }
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
