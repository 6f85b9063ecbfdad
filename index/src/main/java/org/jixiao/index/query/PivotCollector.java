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
    final Map<Long, CellBuilder> cells = new HashMap<>();
    long facts;
    private PivotKeys.Leaf rowKeys;
    private PivotKeys.Leaf colKeys;
    private int docBase;
    private SortedNumericDocValues value;
    private SortedDocValues dimension;
    private final List<SortedNumericDocValues> multi = new ArrayList<>();
    private final List<String> multiDimensions = new ArrayList<>();

    PivotCollector(PivotKeys rows, PivotKeys cols, String canonicalPrefix) {
        this.rows = rows;
        this.cols = cols;
        this.canonicalPrefix = canonicalPrefix;
    }

    static CollectorManager<PivotCollector, PivotCollector> manager(PivotKeys rows, PivotKeys cols, String prefix) {
        return new CollectorManager<>() {
            @Override
            public PivotCollector newCollector() {
                return new PivotCollector(rows, cols, prefix);
            }

            @Override
            public PivotCollector reduce(Collection<PivotCollector> collectors) {
                PivotCollector all = new PivotCollector(rows, cols, prefix);
                for (PivotCollector c : collectors) {
                    c.cells.forEach((k, cell) -> all.cells.computeIfAbsent(k, x -> new CellBuilder()).addAll(cell));
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

    private CellBuilder cell(int doc) throws IOException {
        long key = ((long) rowKeys.key(doc) << 32) | (colKeys.key(doc) & 0xffffffffL);
        return cells.computeIfAbsent(key, k -> new CellBuilder());
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
