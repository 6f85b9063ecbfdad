package org.jixiao.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.NumericUtils;

import org.jixiao.index.IndexFields;

/**
 * Groups values into cells keyed by (row key, column key), keys being the same in every segment
 * ({@link PivotKeys}), reading only doc values. Two sources of values: fact documents (one value
 * each, {@link IndexFields#VALUE}) or report-period documents (the canonical facts of one report
 * and period as sorted-numeric fields {@link IndexFields#canonicalField}, one per dimension).
 */
final class PivotCollector extends SimpleCollector {
    private final PivotKeys rows;
    private final PivotKeys cols;
    /** Null: fact documents; else the canonical field prefix of report-period documents. */
    private final String canonicalPrefix;
    /** Largest row × column table of cells kept as an array; a larger one is a map. */
    static final int MAX_DENSE_CELLS = 1 << 20;
    /** Cells by row slot × column slot, when the keys have few enough slots; else null. */
    private final CellBuilder[] dense;
    /** Cells whose keys have no slot (all of them when {@link #dense} is null), by {@link #key}. */
    private final Map<Long, CellBuilder> sparse = new HashMap<>();
    long facts;
    private PivotKeys.Leaf rowKeys;
    private PivotKeys.Leaf colKeys;
    private int docBase;
    private SortedNumericDocValues value;
    private SortedDocValues dimension;
    private final List<SortedNumericDocValues> multi = new ArrayList<>();
    private final List<String> multiDimensions = new ArrayList<>();

    PivotCollector(PivotKeys rows, PivotKeys cols, String canonicalPrefix, int maxDenseCells) {
        this.rows = rows;
        this.cols = cols;
        this.canonicalPrefix = canonicalPrefix;
        long n = (long) rows.slots() * cols.slots();
        // an array instead of boxing and hashing a key per document: most pivots have a few thousand cells
        this.dense = n <= maxDenseCells ? new CellBuilder[(int) n] : null;
    }

    /** The cells by key (see {@link #rowKey} and {@link #colKey}). */
    Map<Long, CellBuilder> cells() {
        if (dense == null) {
            return sparse;
        }
        Map<Long, CellBuilder> all = new HashMap<>(sparse);
        int colSlots = cols.slots();
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != null) {
                all.put(key(rows.keyOfSlot(i / colSlots), cols.keyOfSlot(i % colSlots)), dense[i]);
            }
        }
        return all;
    }

    /** A cell with its row and column keys. */
    record Keyed(int row, int col, CellBuilder cell) {
    }

    /** The cells with their keys, in no particular order (no map: keys of one row hash alike). */
    List<Keyed> cellList() {
        List<Keyed> out = new ArrayList<>();
        if (dense != null) {
            int colSlots = cols.slots();
            for (int i = 0; i < dense.length; i++) {
                if (dense[i] != null) {
                    out.add(new Keyed(rows.keyOfSlot(i / colSlots), cols.keyOfSlot(i % colSlots), dense[i]));
                }
            }
        }
        sparse.forEach((k, cell) -> out.add(new Keyed(rowKey(k), colKey(k), cell)));
        return out;
    }

    /** @param maxDenseCells largest row × column slots kept as an array ({@link #MAX_DENSE_CELLS}; 0: always a map) */
    static CollectorManager<PivotCollector, PivotCollector> manager(PivotKeys rows, PivotKeys cols, String prefix,
                                                                    int maxDenseCells) {
        return new CollectorManager<>() {
            @Override
            public PivotCollector newCollector() {
                return new PivotCollector(rows, cols, prefix, maxDenseCells);
            }

            @Override
            public PivotCollector reduce(Collection<PivotCollector> collectors) {
                if (collectors.size() == 1) {
                    // a searcher without an executor searches all segments as one slice: nothing to merge
                    return collectors.iterator().next();
                }
                PivotCollector all = new PivotCollector(rows, cols, prefix, 0);
                for (PivotCollector c : collectors) {
                    c.cells().forEach((k, cell) -> all.sparse.computeIfAbsent(k, x -> new CellBuilder()).addAll(cell));
                    all.facts += c.facts;
                }
                return all;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        docBase = context.docBase;
        rowKeys = rows.leaf(context);
        colKeys = cols.leaf(context);
        multi.clear();
        multiDimensions.clear();
        if (canonicalPrefix == null) {
            value = DocValues.getSortedNumeric(context.reader(), IndexFields.VALUE);
            dimension = DocValues.getSorted(context.reader(), IndexFields.DIMENSION);
            return;
        }
        for (FieldInfo fi : context.reader().getFieldInfos()) {
            if (fi.name.startsWith(canonicalPrefix)) {
                multi.add(DocValues.getSortedNumeric(context.reader(), fi.name));
                multiDimensions.add(fi.name.substring(canonicalPrefix.length()));
            }
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        if (canonicalPrefix == null) {
            if (value.advanceExact(doc)) {
                CellBuilder cell = cell(doc);
                if (cell.dimension == null && dimension.advanceExact(doc)) {
                    cell.dimension = dimension.lookupOrd(dimension.ordValue()).utf8ToString();
                }
                // fact values are sortable longs (DoubleField); cells keep the raw bits of the double
                double x = NumericUtils.sortableLongToDouble(value.nextValue());
                cell.add(Double.doubleToRawLongBits(x), docBase + doc);
                facts++;
            }
            return;
        }
        for (int i = 0; i < multi.size(); i++) {
            SortedNumericDocValues v = multi.get(i);
            if (v.advanceExact(doc)) {
                CellBuilder cell = cell(doc);
                cell.dimension = cell.dimension == null ? multiDimensions.get(i) : cell.dimension;
                for (int n = v.docValueCount(); n > 0; n--) {
                    cell.add(v.nextValue(), docBase + doc);
                    facts++;
                }
            }
        }
    }

    /**
     * Collects the report-period documents of {@code c} (of this collector's scope and phase), of
     * {@code year} when not null: as {@link #collect} would, in the same order.
     */
    void collect(PeriodColumns c, Integer year) {
        int[] rowCol = c.keys(rows.dim());
        int[] colCol = c.keys(cols.dim());
        int[] years = c.keys(IndexFields.YEAR);
        for (int i = 0; i < c.size; i++) {
            int from = c.start[i];
            int to = c.start[i + 1];
            if (from == to || year != null && years[i] != year) {
                continue;
            }
            CellBuilder cell = cell(rowCol[i], colCol[i]);
            for (int j = from; j < to; j++) {
                if (cell.dimension == null) {
                    cell.dimension = c.dimensions.get(c.valueDimension[j]);
                }
                cell.add(c.values[j], c.docs[i]);
                facts++;
            }
        }
    }

    private CellBuilder cell(int doc) throws IOException {
        return cell(rowKeys.key(doc), colKeys.key(doc));
    }

    private CellBuilder cell(int row, int col) {
        int r = rows.slot(row);
        int c = cols.slot(col);
        if (dense != null && r >= 0 && c >= 0) {
            // a key has a slot always or never, so its cell is in the array or in the map, not both
            int i = r * cols.slots() + c;
            CellBuilder cell = dense[i];
            if (cell == null) {
                cell = new CellBuilder();
                dense[i] = cell;
            }
            return cell;
        }
        return sparse.computeIfAbsent(key(row, col), k -> new CellBuilder());
    }

    static long key(int row, int col) {
        return ((long) row << 32) | (col & 0xffffffffL);
    }

    static int rowKey(long key) {
        return (int) (key >> 32);
    }

    static int colKey(long key) {
        return (int) key;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
