package org.jixiao.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.index.IndexFields;
import org.jixiao.index.ReportIndexer;
import org.jixiao.index.TestReports;
import org.jixiao.index.bench.ReportVariants;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;

/**
 * The speed-ups change no answer: pivots, facet counts, facts and search hits are the same from a
 * view that keeps answers (asked twice: the second comes from the cache) and from one that keeps
 * none; pivot cells are the same kept in an array or in a map, and the same as counting the
 * canonical fact rows by hand; snippets are the same as those of a plain highlighter given the
 * whole query (filters included), as before. The index has several segments, so keys meet across
 * segments through the ordinal maps.
 */
class SameAnswersTest {
    static final int VARIANTS = 48;
    static final List<String[]> MEASURES = List.of(new String[] {"total", "rate"}, new String[] {"total", "actual"},
            new String[] {"basic", "budget-final"}, new String[] {"sangong", "actual"}, new String[] {"project", "rate"},
            new String[] {"total", "budget-final"});
    static final List<String[]> DIMS = List.of(new String[] {IndexFields.DEPARTMENT, IndexFields.YEAR},
            new String[] {IndexFields.REGION, IndexFields.YEAR}, new String[] {IndexFields.YEAR, IndexFields.DEPARTMENT},
            new String[] {IndexFields.LEVEL, IndexFields.PERIOD}, new String[] {IndexFields.DEPARTMENT, IndexFields.KIND});
    static final List<String> TERMS = List.of("三公经费", "预算执行率", "\"基本支出\"", "项目支出 执行率", "人力资源", "结转结余");

    @TempDir
    static Path dir;
    static ReportVariants variants;
    static IndexView cold;
    static IndexView warm;

    @BeforeAll
    static void build() throws IOException {
        List<Report> seeds = TestReports.all();
        Map<String, List<Finding>> findings = new HashMap<>();
        for (Report r : seeds) {
            findings.put(r.id(), TestReports.findings(r));
        }
        variants = new ReportVariants(seeds, findings);
        try (ReportIndexer ix = ReportIndexer.open(dir)) {
            for (int i = 0; i < VARIANTS; i++) {
                ix.index("bench/" + i, variants.report(i), variants.findings(i));
                if (i % 7 == 6) {
                    ix.commit("part " + i); // several segments
                }
            }
            ix.commit("test");
        }
        cold = IndexView.open(dir, 0);
        warm = IndexView.open(dir);
        assertTrue(cold.reader().leaves().size() > 1, "several segments");
    }

    @AfterAll
    static void close() throws IOException {
        cold.close();
        warm.close();
    }

    @Test
    void pivotsAreTheSameKeptOrNotInAnArrayOrAMapAndCountedByHand() throws IOException {
        int cells = 0;
        for (String[] m : MEASURES) {
            for (String[] d : DIMS) {
                for (boolean provenance : new boolean[] {false, true}) {
                    PivotRequest req = new PivotRequest(FactFilter.all(1).withScopePhase(m[0], m[1]), d[0], d[1],
                            provenance, provenance ? 3 : PivotQuery.MAX_SOURCES_PER_CELL);
                    PivotTable computed = new PivotQuery(cold).pivot(req);
                    assertEquals(computed, new PivotQuery(cold, 0).pivot(req), "array and map");
                    assertEquals(computed, new PivotQuery(cold, PivotCollector.MAX_DENSE_CELLS, false).pivot(req),
                            "the view's columns and a search");
                    PivotRequest ofYear = new PivotRequest(req.filter().withYear(ReportVariants.FIRST_YEAR + 1),
                            d[0], d[1], provenance, req.maxSources());
                    assertEquals(new PivotQuery(cold, PivotCollector.MAX_DENSE_CELLS, false).pivot(ofYear),
                            new PivotQuery(cold).pivot(ofYear), "one year, columns and a search");
                    PivotTable first = new PivotQuery(warm).pivot(req);
                    assertEquals(computed, first, "kept");
                    assertSame(first, new PivotQuery(warm).pivot(req), "the second answer is the kept one");
                    assertEquals(byHand(m[0], m[1], d[0], d[1]), counts(computed), m[0] + "/" + m[1] + " " + d[0]
                            + " × " + d[1]);
                    cells += counts(computed).size();
                }
            }
        }
        assertTrue(cells > 100, "the pivots have cells: " + cells);
    }

    /** Each cell's facts and distinct values, from the pivot. */
    private static Map<String, List<Object>> counts(PivotTable t) {
        Map<String, List<Object>> out = new TreeMap<>();
        t.cells().forEach((row, byCol) -> byCol.forEach((col, cell) -> {
            List<PivotValue> v = cell.values();
            boolean tie = v.size() > 1 && v.get(0).facts() == v.get(1).facts();
            out.put(row + " | " + col, List.of(cell.facts(), cell.distinct(), tie ? "tie" : cell.value()));
        }));
        return out;
    }

    /** The same from the canonical fact rows of the measure, grouped here. */
    private static Map<String, List<Object>> byHand(String scope, String phase, String rowDim, String colDim)
            throws IOException {
        FactFilter f = new FactFilter(scope, phase, null, null, null, null, null, null, 10_000, null, null, true);
        FactResult all = new FactSearch(cold).search(f);
        assertEquals(all.total(), all.rows().size());
        Map<String, List<BigDecimal>> values = new TreeMap<>();
        for (FactRow r : all.rows()) {
            values.computeIfAbsent(key(r, rowDim) + " | " + key(r, colDim), k -> new ArrayList<>()).add(r.value());
        }
        Map<String, List<Object>> out = new TreeMap<>();
        values.forEach((k, v) -> {
            Map<BigDecimal, Integer> n = new TreeMap<>();
            v.forEach(x -> n.merge(x, 1, Integer::sum));
            int most = n.values().stream().max(Integer::compare).orElseThrow();
            // the value most facts agree on (which of tied ones is first depends on document order)
            List<BigDecimal> best = n.keySet().stream().filter(x -> n.get(x) == most).toList();
            out.put(k, List.of(v.size(), n.size(), best.size() > 1 ? "tie" : best.get(0).stripTrailingZeros()));
        });
        return out;
    }

    private static String key(FactRow r, String dim) {
        Map<String, Function<FactRow, Object>> get = Map.of(IndexFields.DEPARTMENT, FactRow::department,
                IndexFields.REGION, FactRow::region, IndexFields.LEVEL, FactRow::level, IndexFields.YEAR, FactRow::year,
                IndexFields.KIND, FactRow::kind, IndexFields.PERIOD, FactRow::period);
        Object v = get.get(dim).apply(r);
        return v == null || v.toString().isEmpty() ? PivotQuery.MISSING : v.toString();
    }

    @Test
    void searchHitsSnippetsAndFacetsAreTheSameAsBefore() throws IOException {
        UnifiedHighlighter plain = UnifiedHighlighter.builder(cold.searcher(), cold.queryAnalyzer())
                .withFormatter(new DefaultPassageFormatter(TextSearch.MARK_OPEN, TextSearch.MARK_CLOSE, "…", false))
                .withMaxLength(20_000).build();
        int hits = 0;
        for (int i = 0; i < TERMS.size() * 3; i++) {
            String term = TERMS.get(i % TERMS.size());
            Report r = variants.report(i * 5 % VARIANTS);
            SearchRequest req = switch (i % 3) {
                case 0 -> new SearchRequest(term, null, null, 20);
                case 1 -> new SearchRequest(term, r.meta().department(), null, 20);
                default -> new SearchRequest(term, null, r.meta().fiscalYear(), 20);
            };
            SearchResult a = new TextSearch(cold).search(req);
            assertEquals(a, new TextSearch(warm).search(req));
            // before: the whole query, filters included, was given to a highlighter of default field infos
            Query whole = wholeQuery(req);
            TopDocs top = cold.searcher().search(whole, req.limit());
            String[] before = plain.highlight(IndexFields.TEXT, whole, top, 2);
            assertEquals(top.scoreDocs.length, a.hits().size());
            for (int h = 0; h < before.length; h++) {
                if (before[h] != null) {
                    assertEquals(before[h], a.hits().get(h).snippet(), req.toString());
                }
            }
            hits += a.hits().size();
            List<String> dims = List.of(IndexFields.DEPARTMENT, IndexFields.YEAR, IndexFields.KIND, IndexFields.LEVEL);
            Map<String, Map<String, Integer>> facets = new TextSearch(cold).facets(req, dims, 50);
            assertEquals(facets, new TextSearch(warm).facets(req, dims, 50));
            assertSame(new TextSearch(warm).facets(req, dims, 50), new TextSearch(warm).facets(req, dims, 50));
            assertEquals(a.totalHits(), facets.get(IndexFields.YEAR).values().stream().mapToInt(x -> x).sum());
        }
        assertTrue(hits > 50, "searches found something: " + hits);
    }

    private static Query wholeQuery(SearchRequest req) throws IOException {
        QueryParser p = new QueryParser(IndexFields.TEXT, cold.queryAnalyzer());
        p.setDefaultOperator(QueryParser.Operator.AND);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        try {
            b.add(p.parse(req.query()), BooleanClause.Occur.MUST);
        } catch (org.apache.lucene.queryparser.classic.ParseException e) {
            throw new IOException(e);
        }
        Queries.visible(b);
        Queries.keyword(b, IndexFields.DEPARTMENT, req.department());
        Queries.year(b, req.year());
        return b.build();
    }

    @Test
    void factsAndFindingsAreTheSameFromEitherViewAndAsReadOneDocumentAtATime() throws IOException {
        int rows = 0;
        List<FactFilter> filters = new ArrayList<>();
        for (String[] m : MEASURES) {
            filters.add(new FactFilter(m[0], m[1], null, null, null, null, null, null, 100));
        }
        String dept = variants.report(3).meta().department();
        filters.add(new FactFilter("total", "rate", null, null, null, null, new BigDecimal("0.8"), null, 100));
        filters.add(new FactFilter(null, null, null, dept, null, null, null, null, 100));
        filters.add(new FactFilter(null, null, null, dept, 2018, "%", null, null, 100).withCanonicalOnly(true));
        for (FactFilter f : filters.stream().flatMap(f -> java.util.stream.Stream.of(f, f.withLimit(10), f.withLimit(3)))
                .toList()) {
            FactResult a = new FactSearch(cold).search(f);
            assertEquals(a, new FactSearch(warm).search(f));
            assertSame(new FactSearch(warm).search(f), new FactSearch(warm).search(f));
            rows += a.rows().size();
            // before: fact documents by their type too, each row read with stored fields of its own
            List<FactRow> before = new ArrayList<>();
            Query withType = Queries.and(FactSearch.query(f), Queries.type(IndexFields.TYPE_FACT));
            for (ScoreDoc sd : cold.searcher().search(withType, f.limit(), FactSearch.ORDER).scoreDocs) {
                before.add(cold.fact(sd.doc));
            }
            assertEquals(before, a.rows(), f.toString());
            assertEquals(cold.searcher().count(withType), cold.searcher().count(FactSearch.query(f)));
            assertEquals(cold.searcher().count(withType), a.total(), "every match counted");
        }
        assertTrue(rows > 40, "facts listed: " + rows);
        assertTrue(new FactSearch(cold).search(filters.get(0).withLimit(3)).total() > 12,
                "the first departments fill a short page (and are all that is sorted)");
        FindingFilter any = new FindingFilter(null, null, null, null, 50, null);
        FindingResult fr = new FindingSearch(cold).search(any);
        assertEquals(fr, new FindingSearch(warm).search(any));
        assertFalse(fr.rows().isEmpty());
        List<FindingRow> before = new ArrayList<>();
        for (ScoreDoc sd : cold.searcher().search(FindingSearch.query(any), 50, FindingSearch.ORDER).scoreDocs) {
            before.add(cold.finding(cold.searcher().storedFields(), sd.doc));
        }
        assertEquals(before, fr.rows());
        assertEquals(new FindingSearch(cold).countBySeverity(any), new FindingSearch(warm).countBySeverity(any));
    }
}
