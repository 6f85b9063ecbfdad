package org.jixiao.index.query;

import static org.jixiao.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import org.jixiao.model.Validate;

/**
 * Full-text search over paragraphs, headings and table rows, with highlighted snippets. Terms
 * are ANDed (a Chinese query splits into several tokens, and any one of them alone matches too
 * much); the highlighter reads offsets from the postings, so it does not re-analyze the text.
 */
public final class TextSearch {
    /** Marks around a matched term in a snippet. */
    public static final String MARK_OPEN = "【";
    public static final String MARK_CLOSE = "】";
    private static final Set<String> HIT_FIELDS = Set.of(REPORT_ID, BLOCK_ID, TABLE_ID, ROW, SECTION_PATH, PAGE, TEXT);

    /** Parsed queries kept by one instance (a backend keeps its instance for the life of its view). */
    private static final int MAX_PARSED = 256;
    private final IndexView view;
    private final UnifiedHighlighter.Builder highlighter;
    private final Map<String, Query> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    public TextSearch(IndexView view) {
        this.view = Validate.notNullParam(view, "view");
        this.highlighter = UnifiedHighlighter.builder(view.searcher(), view.queryAnalyzer())
                .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, "…", false))
                .withMaxLength(MAX_HIGHLIGHTED);
    }

    /** Characters of a text the highlighter looks at. */
    private static final int MAX_HIGHLIGHTED = 20_000;

    /**
     * The highlighter of one search: the view's merged field infos (merging them per search cost
     * a third of a search), and the texts of the hits as the search already read them, so that
     * each hit's stored-fields block is inflated once, not once for the hit and again for its
     * snippet.
     */
    private static final class Highlighter extends UnifiedHighlighter {
        private final IndexView view;
        /** The hits' stored fields by document, each with at most one text; null: read them as Lucene does. */
        private final Map<Integer, Document> read;

        Highlighter(UnifiedHighlighter.Builder builder, IndexView view, Map<Integer, Document> read) {
            super(builder);
            this.view = view;
            this.read = read;
        }

        @Override
        protected FieldInfo getFieldInfo(String field) {
            return view.fieldInfos().fieldInfo(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            if (read == null || fields.length != 1 || !TEXT.equals(fields[0])) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                String[] texts = read.get(doc).getValues(TEXT);
                // as the highlighter's own reader gives a single value: its first MAX_HIGHLIGHTED characters
                out.add(new CharSequence[] {texts.length == 0 ? null
                        : texts[0].substring(0, Math.min(MAX_HIGHLIGHTED, texts[0].length()))});
            }
            return out;
        }
    }

    /**
     * Runs the search.
     *
     * @throws IllegalArgumentException when the query cannot be parsed
     */
    public SearchResult search(SearchRequest request) throws IOException {
        Validate.notNullParam(request, "request");
        Query text = parse(request.query());
        TopDocs top = view.searcher().search(query(text, request), request.limit());
        // the hits' stored fields in document order (neighbours share a compressed block), once
        Map<Integer, Document> read = new java.util.HashMap<>();
        StoredFields stored = view.searcher().storedFields();
        for (int doc : java.util.Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).sorted().toArray()) {
            read.put(doc, stored.document(doc, HIT_FIELDS));
        }
        // only the text query marks words in the text; matching the filters (a year's points)
        // again for every hit only cost time
        boolean single = read.values().stream().allMatch(d -> d.getValues(TEXT).length <= 1);
        String[] snippets = new Highlighter(highlighter, view, single ? read : null).highlight(TEXT, text, top, 2);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = read.get(sd.doc);
            String id = d.get(REPORT_ID);
            ReportInfo r = view.report(id);
            String snippet = snippets[i] != null ? snippets[i] : abbreviate(d.get(TEXT));
            // rows name their table; the report keys are the report's (stored once, on its document)
            String type = d.get(TABLE_ID) != null ? TYPE_ROW : TYPE_BLOCK;
            hits.add(new SearchHit(id, r == null ? null : r.fileName(), r == null ? null : r.department(),
                    r == null ? null : r.year(), type, d.get(BLOCK_ID), d.get(TABLE_ID), Stored.intOrNull(d, ROW),
                    d.get(SECTION_PATH), Stored.intOrNull(d, PAGE), snippet, sd.score));
        }
        return new SearchResult(top.totalHits.value, hits);
    }

    /**
     * Counts of the values of each of {@code dims} (facet dimensions such as department, year,
     * kind, level) among all the paragraphs and rows the search matches, most first.
     *
     * @throws IllegalArgumentException when the query cannot be parsed
     */
    public Map<String, Map<String, Integer>> facets(SearchRequest request, List<String> dims, int top)
            throws IOException {
        Validate.notNullParam(request, "request");
        Validate.notNullParam(dims, "dims");
        return view.facetCounts(query(request), dims, top);
    }

    private Query query(SearchRequest request) {
        return query(parse(request.query()), request);
    }

    private static Query query(Query text, SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        // only paragraphs, headings and rows have the text field: a filter on their types would
        // only intersect the query with two postings lists as long as the index
        b.add(text, BooleanClause.Occur.MUST);
        Queries.visible(b);
        Queries.keyword(b, DEPARTMENT, request.department());
        Queries.year(b, request.year());
        Queries.keyword(b, KIND, request.kind());
        Queries.keyword(b, LEVEL, request.level());
        return b.build();
    }

    private Query parse(String query) {
        // search and facets of one request parse the same text: segmenting it once is enough
        Query q = parsed.get(query);
        if (q == null) {
            q = parseNew(query);
            if (parsed.size() < MAX_PARSED) {
                parsed.put(query, q);
            }
        }
        return q;
    }

    private Query parseNew(String query) {
        QueryParser p = new QueryParser(TEXT, view.queryAnalyzer());
        p.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return p.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse query '" + query + "': " + e.getMessage(), e);
        }
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }
}
