package org.jixiao.index.query;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;

import org.jixiao.index.IndexFields;

/**
 * The key of one pivot dimension over the whole index: a global ordinal of a keyword field (from
 * the view's cached {@link OrdinalMap}), or for the year its value; -1 when a document has none.
 * Keys are the same in every segment, so cells are merged by number and a string is made once
 * per distinct key, not once per key and segment.
 */
final class PivotKeys {
    static final int NONE = -1;

    private final String dim;
    private final OrdinalMap map;
    private final List<LeafReaderContext> leaves;
    private final SortedDocValues[] lookups;
    /** Labels made so far: a pivot asks for each row key once per cell of the row. */
    private final java.util.Map<Integer, String> labels = new java.util.HashMap<>();

    /** Keys from {@code minKey} to {@code minKey + slots - 2} have a slot of their own (see {@link #slot}). */
    private final int minKey;
    private final int slots;

    private PivotKeys(String dim, OrdinalMap map, List<LeafReaderContext> leaves, int minKey, int slots) {
        this.dim = dim;
        this.map = map;
        this.leaves = leaves;
        this.lookups = new SortedDocValues[leaves.size()];
        this.minKey = minKey;
        this.slots = slots;
    }

    static PivotKeys of(IndexView view, String dim) throws IOException {
        if (IndexFields.YEAR.equals(dim)) {
            // years from the points' bounds: every document with a year has both point and doc value
            byte[] min = PointValues.getMinPackedValue(view.reader(), dim);
            byte[] max = PointValues.getMaxPackedValue(view.reader(), dim);
            int lo = min == null ? 0 : IntPoint.decodeDimension(min, 0);
            int hi = max == null ? -1 : IntPoint.decodeDimension(max, 0);
            return new PivotKeys(dim, null, view.reader().leaves(), lo, (int) Math.min(Integer.MAX_VALUE, (long) hi - lo + 2));
        }
        OrdinalMap map = view.ordinalMap(dim);
        return new PivotKeys(dim, map, view.reader().leaves(), 0, map == null ? 1 : (int) map.getValueCount() + 1);
    }

    /** The dimension (a field). */
    String dim() {
        return dim;
    }

    /** How many slots keys take: one for {@link #NONE} and one per possible key. */
    int slots() {
        return slots;
    }

    /** The slot of a key in [0, {@link #slots()}): 0 for {@link #NONE}; -1 for a key outside the range. */
    int slot(int key) {
        if (key == NONE) {
            return 0;
        }
        long s = (long) key - minKey + 1;
        return s >= 1 && s < slots ? (int) s : -1;
    }

    /** The key of a slot. */
    int keyOfSlot(int slot) {
        return slot == 0 ? NONE : slot - 1 + minKey;
    }

    /** Reads keys in one segment. */
    interface Leaf {
        int key(int doc) throws IOException;
    }

    Leaf leaf(LeafReaderContext context) throws IOException {
        if (IndexFields.YEAR.equals(dim)) {
            NumericDocValues years = DocValues.getNumeric(context.reader(), dim);
            return doc -> years.advanceExact(doc) ? (int) years.longValue() : NONE;
        }
        SortedDocValues ords = DocValues.getSorted(context.reader(), dim);
        if (map == null) {
            return doc -> NONE;
        }
        LongValues global = map.getGlobalOrds(context.ord);
        return doc -> ords.advanceExact(doc) ? (int) global.get(ords.ordValue()) : NONE;
    }

    /** The printed form of a key. */
    String label(int key) throws IOException {
        String l = labels.get(key);
        if (l == null) {
            l = lookup(key);
            labels.put(key, l);
        }
        return l;
    }

    private String lookup(int key) throws IOException {
        if (key == NONE) {
            return PivotQuery.MISSING;
        }
        if (map == null) {
            return Integer.toString(key);
        }
        int segment = map.getFirstSegmentNumber(key);
        if (lookups[segment] == null) {
            lookups[segment] = DocValues.getSorted(leaves.get(segment).reader(), dim);
        }
        return lookups[segment].lookupOrd((int) map.getFirstSegmentOrd(key)).utf8ToString();
    }
}
