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

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import org.jixiao.model.Validate;

/**
 * Groups facts into a row × column table reading only doc values, so a pivot over tens of
 * thousands of facts needs no stored-field reads (except for provenance, on request).
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
                row.put(c.getKey(), c.getValue().build(request.withProvenance() ? view : null));
            }
            cells.put(r.getKey(), row);
        }
        return new PivotTable(request.rows(), request.cols(), new ArrayList<>(cells.keySet()), new ArrayList<>(cols),
                cells, g.facts);
    }

    /** Accumulates one cell: counts per exact value, in first-seen order, and some doc ids. */
    private static final class CellBuilder {
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final List<Integer> docs = new ArrayList<>();
        private String dimension;
        private int facts;

        void add(String value, String dim, int doc) {
            counts.merge(value, 1, Integer::sum);
            if (docs.size() < MAX_SOURCES_PER_CELL) {
                docs.add(doc);
            }
            if (dimension == null) {
                dimension = dim;
            }
            facts++;
        }

        PivotCell build(IndexView withSources) throws IOException {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            BigDecimal v = new BigDecimal(best);
            List<FactRow> sources = new ArrayList<>();
            if (withSources != null) {
                for (int doc : docs) {
                    sources.add(FactRow.of(withSources.searcher().storedFields().document(doc)));
                }
            }
            return new PivotCell(v, Display.of(v, dimension), facts, counts.size(), sources);
        }
    }

    private static final class Grouping {
        final Map<String, Map<String, CellBuilder>> cells = new HashMap<>();
        long facts;

        void merge(Grouping o) {
            for (Map.Entry<String, Map<String, CellBuilder>> r : o.cells.entrySet()) {
                Map<String, CellBuilder> mine = cells.computeIfAbsent(r.getKey(), k -> new HashMap<>());
                for (Map.Entry<String, CellBuilder> c : r.getValue().entrySet()) {
                    CellBuilder cb = mine.computeIfAbsent(c.getKey(), k -> new CellBuilder());
                    CellBuilder other = c.getValue();
                    other.counts.forEach((val, n) -> cb.counts.merge(val, n, Integer::sum));
                    other.docs.stream().limit(Math.max(0, MAX_SOURCES_PER_CELL - cb.docs.size())).forEach(cb.docs::add);
                    cb.facts += other.facts;
                    cb.dimension = cb.dimension == null ? other.dimension : cb.dimension;
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
        public Grouping reduce(Collection<GroupingCollector> collectors) {
            Grouping all = new Grouping();
            for (GroupingCollector c : collectors) {
                all.merge(c.grouping);
            }
            return all;
        }
    }

    private static final class GroupingCollector extends SimpleCollector {
        private final String rowDim;
        private final String colDim;
        private final Grouping grouping = new Grouping();
        private KeyReader rowKeys;
        private KeyReader colKeys;
        private BinaryDocValues values;
        private SortedDocValues dimensions;
        private int docBase;

        GroupingCollector(String rowDim, String colDim) {
            this.rowDim = rowDim;
            this.colDim = colDim;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            docBase = context.docBase;
            rowKeys = new KeyReader(context, rowDim);
            colKeys = new KeyReader(context, colDim);
            values = DocValues.getBinary(context.reader(), VALUE_EXACT);
            dimensions = DocValues.getSorted(context.reader(), DIMENSION);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return;
            }
            String value = values.binaryValue().utf8ToString();
            String dim = dimensions.advanceExact(doc) ? dimensions.lookupOrd(dimensions.ordValue()).utf8ToString() : null;
            grouping.cells.computeIfAbsent(rowKeys.key(doc), k -> new HashMap<>())
                    .computeIfAbsent(colKeys.key(doc), k -> new CellBuilder()).add(value, dim, docBase + doc);
            grouping.facts++;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The key of one dimension for a document of one segment. */
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

        String key(int doc) throws IOException {
            if (numbers != null) {
                return numbers.advanceExact(doc) ? Long.toString(numbers.longValue()) : MISSING;
            }
            return strings.advanceExact(doc) ? strings.lookupOrd(strings.ordValue()).utf8ToString() : MISSING;
        }
    }
}
