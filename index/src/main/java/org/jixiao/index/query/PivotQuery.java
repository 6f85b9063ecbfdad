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
 * Groups facts into a row × column table reading only doc values: per segment by ordinals, so a
 * pivot over a hundred thousand facts creates a string per distinct key, not per fact. Values
 * come from the double doc values: every normalized figure has fewer than 15 significant
 * digits, so {@link BigDecimal#valueOf(double)} gives back the decimal that was indexed.
 */
public final class PivotQuery {
    /** Facts whose provenance is kept per cell. */
    static final int MAX_SOURCES_PER_CELL = 20;
    static final String MISSING = "—";

    private final IndexView view;

    public PivotQuery(IndexView view) {
        this.view = Validate.notNullParam(view, "view");
    }

    public PivotTable pivot(PivotRequest request) throws IOException {
        Validate.notNullParam(request, "request");
        Grouping g = view.searcher().search(FactSearch.query(request.filter()), new Manager(request));
        TreeSet<String> cols = new TreeSet<>();
        Map<String, Map<String, PivotCell>> cells = new TreeMap<>();
        for (Map.Entry<String, Map<String, CellBuilder>> r : g.cells.entrySet()) {
            Map<String, PivotCell> row = new TreeMap<>();
            for (Map.Entry<String, CellBuilder> c : r.getValue().entrySet()) {
                cols.add(c.getKey());
                row.put(c.getKey(), c.getValue().build(request.withProvenance() ? view : null, request.maxSources()));
            }
            cells.put(r.getKey(), row);
        }
        return new PivotTable(request.rows(), request.cols(), new ArrayList<>(cells.keySet()), new ArrayList<>(cols),
                cells, g.facts);
    }

    /**
     * Accumulates one cell: counts per value (as double bits) in first-seen order, and some doc
     * ids. Most cells hold one value, kept in fields; a map is made only for a second value.
     */
    private static final class CellBuilder {
        private long firstValue;
        private int firstCount;
        private Map<Long, Integer> others;
        private final List<Integer> docs = new ArrayList<>(2);
        private String dimension;
        private int facts;

        void add(long bits, int doc) {
            count(bits, 1);
            if (docs.size() < MAX_SOURCES_PER_CELL) {
                docs.add(doc);
            }
            facts++;
        }

        private void count(long bits, int n) {
            if (firstCount == 0 || firstValue == bits) {
                firstValue = bits;
                firstCount += n;
            } else {
                if (others == null) {
                    others = new LinkedHashMap<>(4);
                }
                others.merge(bits, n, Integer::sum);
            }
        }

        void addAll(CellBuilder o) {
            if (o.firstCount > 0) {
                count(o.firstValue, o.firstCount);
            }
            if (o.others != null) {
                o.others.forEach(this::count);
            }
            o.docs.stream().limit(Math.max(0, MAX_SOURCES_PER_CELL - docs.size())).forEach(docs::add);
            facts += o.facts;
            dimension = dimension == null ? o.dimension : dimension;
        }

        PivotCell build(IndexView withSources, int maxSources) throws IOException {
            long best = firstValue;
            int most = firstCount;
            if (others != null) {
                for (Map.Entry<Long, Integer> e : others.entrySet()) {
                    if (e.getValue() > most) {
                        best = e.getKey();
                        most = e.getValue();
                    }
                }
            }
            BigDecimal v = BigDecimal.valueOf(NumericUtils.sortableLongToDouble(best)).stripTrailingZeros();
            List<FactRow> sources = new ArrayList<>();
            if (withSources != null) {
                for (int doc : docs.subList(0, Math.min(docs.size(), maxSources))) {
                    sources.add(FactRow.of(withSources.searcher().storedFields().document(doc)));
                }
            }
            int distinct = 1 + (others == null ? 0 : others.size());
            return new PivotCell(v, Display.of(v, dimension), facts, distinct, sources);
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
