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
    /** Characters of a text the highlighter looks at, as the highlighter's own limit. */
    private static final int MAX_HIGHLIGHT_LENGTH = 20_000;
    private final IndexView view;
    private final UnifiedHighlighter.Builder highlighter;
    private final Map<String, Query> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    public TextSearch(IndexView view) {
        this.view = Validate.notNullParam(view, "view");
        this.highlighter = UnifiedHighlighter.builder(view.searcher(), view.queryAnalyzer())
                .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, "…", false))
                .withMaxLength(MAX_HIGHLIGHT_LENGTH);
    }

    /**
     * The highlighter with the view's merged field infos (merging them per search cost a third of
     * a search) and the texts of the hits, read with their other stored fields: it read each hit's
     * stored block again, a fifth of a search.
     */
    private static final class Highlighter extends UnifiedHighlighter {
        private final IndexView view;
        private final Map<Integer, String> texts;

        Highlighter(UnifiedHighlighter.Builder builder, IndexView view, Map<Integer, String> texts) {
            super(builder);
            this.view = view;
            this.texts = texts;
        }

        @Override
        protected FieldInfo getFieldInfo(String field) {
            return view.fieldInfos().fieldInfo(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String text = TEXT.equals(fields[f]) ? texts.get(doc) : null;
                    // as the highlighter's stored-field visitor: the first maxLength characters, "" if none
                    values[f] = text == null ? "" : text.substring(0, Math.min(text.length(), MAX_HIGHLIGHT_LENGTH));
                }
                out.add(values);
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
        StoredFields stored = view.searcher().storedFields();
        Document[] docs = new Document[top.scoreDocs.length];
        Map<Integer, String> texts = new java.util.HashMap<>();
        // in document order: neighbouring hits share a compressed block, inflated once
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        java.util.Arrays.sort(byDoc, (a, b) -> Integer.compare(top.scoreDocs[a].doc, top.scoreDocs[b].doc));
        for (int i : byDoc) {
            docs[i] = stored.document(top.scoreDocs[i].doc, HIT_FIELDS);
            texts.put(top.scoreDocs[i].doc, docs[i].get(TEXT));
        }
        // only the text query marks words in the text; matching the filters (a year's points)
        // again for every hit only cost time
        String[] snippets = new Highlighter(highlighter, view, texts).highlight(TEXT, text, top, 2);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = docs[i];
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
