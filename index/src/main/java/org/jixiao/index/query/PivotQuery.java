package org.jixiao.index.query;

import static org.jixiao.index.IndexFields.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.NumericUtils;

import org.jixiao.model.Validate;

/**
 * Groups canonical facts ({@code Fact.canonical()}) into a row × column table reading only doc values: per segment by ordinals, so a
 * pivot over a hundred thousand facts creates a string per distinct key, not per fact. Values
 * come from the double doc values: every normalized figure has fewer than 15 significant
 * digits, so {@link BigDecimal#valueOf(double)} gives back the decimal that was indexed.
 */
public final class PivotQuery {
    /** Facts whose provenance is kept per cell. */
    static final int MAX_SOURCES_PER_CELL = 20;
    /** Different values listed per cell. */
    public static final int MAX_VALUES_PER_CELL = 20;
    static final String MISSING = "—";

    private final IndexView view;

    public PivotQuery(IndexView view) {
        this.view = Validate.notNullParam(view, "view");
    }

    public PivotTable pivot(PivotRequest request) throws IOException {
        Validate.notNullParam(request, "request");
        // only department-wide canonical figures can be compared across departments
        Grouping g = view.searcher().search(FactSearch.query(request.filter().withCanonicalOnly(true)),
                new Manager(request));
        TreeSet<String> cols = new TreeSet<>();
        Map<String, Map<String, PivotCell>> cells = new TreeMap<>();
        for (Map.Entry<String, Map<String, CellBuilder>> r : g.cells.entrySet()) {
            Map<String, PivotCell> row = new TreeMap<>();
            for (Map.Entry<String, CellBuilder> c : r.getValue().entrySet()) {
                cols.add(c.getKey());
                row.put(c.getKey(), c.getValue().build(request.withProvenance() ? view : null));
            }
            cells.put(r.getKey(), row);
        }
        return new PivotTable(request.rows(), request.cols(), new ArrayList<>(cells.keySet()), new ArrayList<>(cols),
                cells, g.facts);
    }

    /**
     * Accumulates one cell: counts per value (as double bits) in first-seen order with the first
     * doc of each, and some doc ids. Most cells hold one value, kept in fields; a map is made only
     * for a second value.
     */
    private static final class CellBuilder {
        private long firstValue;
        private int firstCount;
        private int firstDoc;
        /** value bits → {count, first doc} */
        private Map<Long, int[]> others;
        private final List<Integer> docs = new ArrayList<>(2);
        private String dimension;
        private int facts;

        void add(long bits, int doc) {
            count(bits, 1, doc);
            if (docs.size() < MAX_SOURCES_PER_CELL) {
                docs.add(doc);
            }
            facts++;
        }

        private void count(long bits, int n, int doc) {
            if (firstCount == 0 || firstValue == bits) {
                if (firstCount == 0) {
                    firstDoc = doc;
                }
                firstValue = bits;
                firstCount += n;
            } else {
                if (others == null) {
                    others = new LinkedHashMap<>(4);
                }
                int[] c = others.computeIfAbsent(bits, k -> new int[] {0, doc});
                c[0] += n;
            }
        }

        void addAll(CellBuilder o) {
            if (o.firstCount > 0) {
                count(o.firstValue, o.firstCount, o.firstDoc);
            }
            if (o.others != null) {
                o.others.forEach((bits, c) -> count(bits, c[0], c[1]));
            }
            o.docs.stream().limit(Math.max(0, MAX_SOURCES_PER_CELL - docs.size())).forEach(docs::add);
            facts += o.facts;
            dimension = dimension == null ? o.dimension : dimension;
        }

        PivotCell build(IndexView withSources) throws IOException {
            List<long[]> counted = new ArrayList<>();
            counted.add(new long[] {firstValue, firstCount, firstDoc});
            if (others != null) {
                others.forEach((bits, c) -> counted.add(new long[] {bits, c[0], c[1]}));
            }
            // most facts first; the sort is stable, so ties keep the first printed first
            counted.sort((a, b) -> Long.compare(b[1], a[1]));
            List<PivotValue> values = new ArrayList<>();
            for (long[] c : counted.subList(0, Math.min(MAX_VALUES_PER_CELL, counted.size()))) {
                BigDecimal v = decimal(c[0]);
                FactRow src = withSources == null ? null : load(withSources, (int) c[2]);
                values.add(new PivotValue(v, Display.of(v, dimension), (int) c[1], src));
            }
            List<FactRow> sources = new ArrayList<>();
            if (withSources != null) {
                for (int doc : docs) {
                    sources.add(load(withSources, doc));
                }
            }
            PivotValue best = values.get(0);
            return new PivotCell(best.value(), best.display(), facts, counted.size(), sources, values);
        }

        private static BigDecimal decimal(long bits) {
            return BigDecimal.valueOf(NumericUtils.sortableLongToDouble(bits)).stripTrailingZeros();
        }

        private static FactRow load(IndexView view, int doc) throws IOException {
            return FactRow.of(view.searcher().storedFields().document(doc));
        }
    }

    private static final class Grouping {
        final Map<String, Map<String, CellBuilder>> cells = new HashMap<>();
        long facts;

        CellBuilder cell(String row, String col) {
            return cells.computeIfAbsent(row, k -> new HashMap<>()).computeIfAbsent(col, k -> new CellBuilder());
        }

        void merge(Grouping o) {
            for (Map.Entry<String, Map<String, CellBuilder>> r : o.cells.entrySet()) {
                for (Map.Entry<String, CellBuilder> c : r.getValue().entrySet()) {
                    cell(r.getKey(), c.getKey()).addAll(c.getValue());
                }
            }
            facts += o.facts;
        }
    }

    private static final class Manager implements CollectorManager<GroupingCollector, Grouping> {
        private final PivotRequest request;

        Manager(PivotRequest request) {
            this.request = request;
        }

        @Override
        public GroupingCollector newCollector() {
            return new GroupingCollector(request.rows(), request.cols());
        }

        @Override
        public Grouping reduce(Collection<GroupingCollector> collectors) throws IOException {
            Grouping all = new Grouping();
            for (GroupingCollector c : collectors) {
                c.finishLeaf();
                all.merge(c.grouping);
            }
            return all;
        }
    }

    /** Collects per segment into cells keyed by (row ordinal, column ordinal), resolved at the segment's end. */
    private static final class GroupingCollector extends SimpleCollector {
        private final String rowDim;
        private final String colDim;
        private final Grouping grouping = new Grouping();
        private final Map<Long, CellBuilder> leafCells = new HashMap<>();
        private KeyReader rowKeys;
        private KeyReader colKeys;
        private NumericDocValues values;
        private SortedDocValues dimensions;
        private int docBase;

        GroupingCollector(String rowDim, String colDim) {
            this.rowDim = rowDim;
            this.colDim = colDim;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishLeaf();
            docBase = context.docBase;
            rowKeys = new KeyReader(context, rowDim);
            colKeys = new KeyReader(context, colDim);
            values = DocValues.getNumeric(context.reader(), VALUE);
            dimensions = DocValues.getSorted(context.reader(), DIMENSION);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return;
            }
            long key = ((long) rowKeys.ord(doc) << 32) | (colKeys.ord(doc) & 0xffffffffL);
            CellBuilder cell = leafCells.computeIfAbsent(key, k -> new CellBuilder());
            if (cell.dimension == null && dimensions.advanceExact(doc)) {
                cell.dimension = dimensions.lookupOrd(dimensions.ordValue()).utf8ToString();
            }
            cell.add(values.longValue(), docBase + doc);
            grouping.facts++;
        }

        /** Moves the segment's cells into the grouping under their string keys. */
        void finishLeaf() throws IOException {
            for (Map.Entry<Long, CellBuilder> e : leafCells.entrySet()) {
                String row = rowKeys.key((int) (e.getKey() >>> 32));
                String col = colKeys.key((int) (long) e.getKey());
                grouping.cell(row, col).addAll(e.getValue());
            }
            leafCells.clear();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /**
     * The key of one dimension in one segment: a sorted ordinal, or for the year its value, with
     * -1 for documents without it.
     */
    private static final class KeyReader {
        private final NumericDocValues numbers;
        private final SortedDocValues strings;

        KeyReader(LeafReaderContext context, String dim) throws IOException {
            if (YEAR.equals(dim)) {
                numbers = DocValues.getNumeric(context.reader(), dim);
                strings = null;
            } else {
                numbers = null;
                strings = DocValues.getSorted(context.reader(), dim);
            }
        }

        int ord(int doc) throws IOException {
            if (numbers != null) {
                return numbers.advanceExact(doc) ? (int) numbers.longValue() : -1;
            }
            return strings.advanceExact(doc) ? strings.ordValue() : -1;
        }

        String key(int ord) throws IOException {
            if (ord == -1) {
                return MISSING;
            }
            return numbers != null ? Integer.toString(ord) : strings.lookupOrd(ord).utf8ToString();
        }
    }
}
