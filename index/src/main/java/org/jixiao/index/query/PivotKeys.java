package org.jixiao.index.query;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
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

    private PivotKeys(String dim, OrdinalMap map, List<LeafReaderContext> leaves) {
        this.dim = dim;
        this.map = map;
        this.leaves = leaves;
        this.lookups = new SortedDocValues[leaves.size()];
    }

    static PivotKeys of(IndexView view, String dim) throws IOException {
        OrdinalMap map = IndexFields.YEAR.equals(dim) ? null : view.ordinalMap(dim);
        return new PivotKeys(dim, map, view.reader().leaves());
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
