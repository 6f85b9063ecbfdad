package org.jixiao.index.query;

import static org.jixiao.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

import org.jixiao.model.Validate;

/**
 * Groups canonical facts ({@code Fact.canonical()}) into a row × column table reading only doc
 * values. A pivot of one scope and phase by report keys (department, region, level, year, kind,
 * period) reads the report-period documents, which carry a report's canonical facts of one
 * period: one document per report and period instead of one per fact, no stored field read.
 * Other pivots (by measure, scope, phase or unit, or filtered by measure, unit or value) read the
 * canonical fact documents. Values are the raw bits of the indexed doubles: every normalized
 * figure has fewer than 15 significant digits, so {@link java.math.BigDecimal#valueOf(double)}
 * gives back the decimal that was indexed.
 */
public final class PivotQuery {
    /** Facts whose provenance is kept per cell. */
    static final int MAX_SOURCES_PER_CELL = 20;
    /** Different values listed per cell. */
    public static final int MAX_VALUES_PER_CELL = 20;
    /** The label of a row or column whose facts lack the dimension. */
    public static final String MISSING = "—";
    /** Dimensions the report-period documents carry. */
    static final List<String> PERIOD_DIMENSIONS = List.of(DEPARTMENT, REGION, LEVEL, YEAR, KIND, PERIOD);

    private final IndexView view;
    private final int maxDenseCells;
    private final boolean columns;

    public PivotQuery(IndexView view) {
        this(view, PivotCollector.MAX_DENSE_CELLS);
    }

    /** With cells kept in an array up to {@code maxDenseCells} slots (tests compare both ways). */
    PivotQuery(IndexView view, int maxDenseCells) {
        this(view, maxDenseCells, true);
    }

    /** {@code columns} false: never from the view's {@link PeriodColumns} (tests compare both ways). */
    PivotQuery(IndexView view, int maxDenseCells, boolean columns) {
        this.view = Validate.notNullParam(view, "view");
        this.maxDenseCells = maxDenseCells;
        this.columns = columns;
    }

    /**
     * The pivot; kept by the view, so the same request again (a chart redrawn, the CSV after the
     * table) costs nothing until the next commit.
     */
    public PivotTable pivot(PivotRequest request) throws IOException {
        Validate.notNullParam(request, "request");
        return view.cached(List.of("pivot", request, maxDenseCells, columns), () -> compute(request));
    }

    private PivotTable compute(PivotRequest request) throws IOException {
        // only department-wide canonical figures can be compared across departments
        FactFilter f = request.filter().withCanonicalOnly(true);
        PivotKeys rows = PivotKeys.of(view, request.rows());
        PivotKeys cols = PivotKeys.of(view, request.cols());
        boolean byPeriod = usesPeriodDocuments(request);
        Query q = byPeriod ? periodQuery(f) : FactSearch.query(f);
        String prefix = byPeriod ? canonicalPrefix(f.scope(), f.phase()) : null;
        PivotCollector g;
        if (columns && byPeriod && f.department() == null && f.period() == null && f.reportId() == null) {
            // all of a scope and phase (a year at most): a loop over the view's arrays of its documents
            FactFilter all = FactFilter.all(1).withScopePhase(f.scope(), f.phase());
            PeriodColumns columns = view.periodColumns(prefix, () -> PeriodColumns.build(view, periodQuery(all), prefix));
            g = new PivotCollector(rows, cols, prefix, maxDenseCells);
            g.collect(columns, f.year());
        } else {
            g = view.searcher().search(q, PivotCollector.manager(rows, cols, prefix, maxDenseCells));
        }
        CellBuilder.Sources sources = !request.withProvenance() ? null
                : byPeriod ? new PeriodSources(view, f) : new FactSources(view);
        TreeSet<String> colKeys = new TreeSet<>();
        Map<String, Map<String, PivotCell>> cells = new TreeMap<>();
        for (PivotCollector.Keyed e : g.cellList()) {
            String row = rows.label(e.row());
            String col = cols.label(e.col());
            colKeys.add(col);
            cells.computeIfAbsent(row, k -> new TreeMap<>()).put(col, e.cell().build(sources, request.maxSources()));
        }
        // the table is shared by whoever asks the same again: nobody may change it
        cells.replaceAll((row, byCol) -> Collections.unmodifiableMap(byCol));
        return new PivotTable(request.rows(), request.cols(), List.copyOf(cells.keySet()), List.copyOf(colKeys),
                Collections.unmodifiableMap(cells), g.facts);
    }

    /** True when the report-period documents answer the request (a Solr pivot decides the same way). */
    public static boolean usesPeriodDocuments(PivotRequest r) {
        FactFilter f = r.filter();
        return f.scope() != null && f.phase() != null && f.measure() == null && f.unit() == null && f.min() == null
                && f.max() == null && PERIOD_DIMENSIONS.contains(r.rows()) && PERIOD_DIMENSIONS.contains(r.cols());
    }

    private static Query periodQuery(FactFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(Queries.type(TYPE_PERIOD), BooleanClause.Occur.FILTER);
        Queries.keyword(b, CANONICAL_KEY, canonicalKey(f.scope(), f.phase()));
        Queries.keyword(b, DEPARTMENT, f.department());
        Queries.keyword(b, PERIOD, f.period());
        Queries.keyword(b, REPORT_ID, f.reportId());
        Queries.year(b, f.year());
        return b.build();
    }

    /** Sources of a pivot over fact documents: the documents themselves. */
    private record FactSources(IndexView view) implements CellBuilder.Sources {
        @Override
        public FactRow valueSource(int doc, long bits) throws IOException {
            return view.fact(doc);
        }

        @Override
        public List<FactRow> cellSources(List<Integer> docs, int max) throws IOException {
            List<FactRow> out = new ArrayList<>();
            for (int doc : docs.subList(0, Math.min(max, docs.size()))) {
                out.add(valueSource(doc, 0));
            }
            return out;
        }
    }

    /** Sources of a pivot over report-period documents: the canonical facts of that report and period. */
    private record PeriodSources(IndexView view, FactFilter filter) implements CellBuilder.Sources {
        @Override
        public FactRow valueSource(int doc, long bits) throws IOException {
            List<FactRow> facts = factsOf(doc);
            java.math.BigDecimal v = CellBuilder.decimal(bits);
            return facts.stream().filter(r -> r.value() != null && r.value().compareTo(v) == 0).findFirst()
                    .orElse(facts.isEmpty() ? null : facts.get(0));
        }

        @Override
        public List<FactRow> cellSources(List<Integer> docs, int max) throws IOException {
            List<FactRow> out = new ArrayList<>();
            for (int doc : new java.util.LinkedHashSet<>(docs)) {
                for (FactRow r : factsOf(doc)) {
                    if (out.size() < max) {
                        out.add(r);
                    }
                }
            }
            return out;
        }

        private List<FactRow> factsOf(int periodDoc) throws IOException {
            Document d = view.searcher().storedFields().document(periodDoc, Set.of(REPORT_ID, PERIOD));
            FactFilter one = new FactFilter(filter.scope(), filter.phase(), null, null, null, null, null, null,
                    MAX_SOURCES_PER_CELL, d.get(PERIOD), d.get(REPORT_ID), true);
            List<FactRow> out = new ArrayList<>();
            for (ScoreDoc sd : view.searcher().search(FactSearch.query(one), MAX_SOURCES_PER_CELL).scoreDocs) {
                out.add(view.fact(sd.doc));
            }
            return out;
        }
    }
}
