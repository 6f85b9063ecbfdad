package org.jixiao.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The shown report-period documents of one scope and phase as primitive arrays: per document its
 * key in each report dimension ({@link PivotKeys}) and its canonical values. Built once per view
 * (one pass over the documents, as a pivot makes), a pivot by report keys is then a loop over
 * arrays instead of a search reading doc values document by document. The values of a document
 * are in the order the collector reads them (the segment's fields), so cells come out the same.
 */
final class PeriodColumns {
    /** The dimensions held, in the order of {@link #keys}. */
    static final List<String> DIMENSIONS = List.copyOf(PivotQuery.PERIOD_DIMENSIONS);

    final int size;
    /** Global document ids, increasing. */
    final int[] docs;
    /** Per dimension of {@link #DIMENSIONS}, the key of each document. */
    final int[][] keys;
    /** Values of document i: {@code values[start[i] .. start[i + 1])}. */
    final int[] start;
    /** Raw bits of the normalized doubles. */
    final long[] values;
    /** The dimension (money, ratio …) of each value, an index into {@link #dimensions}. */
    final int[] valueDimension;
    final List<String> dimensions;

    private PeriodColumns(int size, int[] docs, int[][] keys, int[] start, long[] values, int[] valueDimension,
                          List<String> dimensions) {
        this.size = size;
        this.docs = docs;
        this.keys = keys;
        this.start = start;
        this.values = values;
        this.valueDimension = valueDimension;
        this.dimensions = dimensions;
    }

    /** The column of a dimension of {@link #DIMENSIONS}. */
    int[] keys(String dim) {
        return keys[DIMENSIONS.indexOf(dim)];
    }

    /**
     * Reads the documents {@code query} matches (report-period documents of one scope and phase),
     * with their values in the fields starting with {@code prefix}.
     */
    static PeriodColumns build(IndexView view, Query query, String prefix) throws IOException {
        PivotKeys[] dims = new PivotKeys[DIMENSIONS.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = PivotKeys.of(view, DIMENSIONS.get(i));
        }
        Builder b = new Builder(dims.length);
        Weight w = view.searcher().createWeight(view.searcher().rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        PivotKeys.Leaf[] leafKeys = new PivotKeys.Leaf[dims.length];
        for (LeafReaderContext leaf : view.reader().leaves()) {
            Scorer s = w.scorer(leaf);
            if (s == null) {
                continue;
            }
            for (int i = 0; i < dims.length; i++) {
                leafKeys[i] = dims[i].leaf(leaf);
            }
            List<SortedNumericDocValues> fields = new ArrayList<>();
            List<Integer> fieldDims = new ArrayList<>();
            for (FieldInfo fi : leaf.reader().getFieldInfos()) {
                if (fi.name.startsWith(prefix)) {
                    fields.add(DocValues.getSortedNumeric(leaf.reader(), fi.name));
                    fieldDims.add(b.dimension(fi.name.substring(prefix.length())));
                }
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = s.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    b.doc(leaf.docBase + doc);
                    for (int i = 0; i < dims.length; i++) {
                        b.key(i, leafKeys[i].key(doc));
                    }
                    for (int f = 0; f < fields.size(); f++) {
                        SortedNumericDocValues v = fields.get(f);
                        if (v.advanceExact(doc)) {
                            for (int n = v.docValueCount(); n > 0; n--) {
                                b.value(v.nextValue(), fieldDims.get(f));
                            }
                        }
                    }
                }
            }
        }
        return b.build();
    }

    /** Grows the arrays while reading. */
    private static final class Builder {
        private int size;
        private int[] docs = new int[1024];
        private final int[][] keys;
        private int[] start = new int[1025];
        private int nValues;
        private long[] values = new long[1024];
        private int[] valueDimension = new int[1024];
        private final List<String> dimensions = new ArrayList<>();

        Builder(int nDims) {
            keys = new int[nDims][1024];
        }

        int dimension(String name) {
            int i = dimensions.indexOf(name);
            if (i < 0) {
                dimensions.add(name);
                i = dimensions.size() - 1;
            }
            return i;
        }

        void doc(int doc) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                start = Arrays.copyOf(start, size * 2 + 1);
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = Arrays.copyOf(keys[i], size * 2);
                }
            }
            docs[size++] = doc;
            start[size] = nValues;
        }

        void key(int dim, int key) {
            keys[dim][size - 1] = key;
        }

        void value(long bits, int dim) {
            if (nValues == values.length) {
                values = Arrays.copyOf(values, nValues * 2);
                valueDimension = Arrays.copyOf(valueDimension, nValues * 2);
            }
            values[nValues] = bits;
            valueDimension[nValues++] = dim;
            start[size] = nValues;
        }

        PeriodColumns build() {
            int[][] k = new int[keys.length][];
            for (int i = 0; i < keys.length; i++) {
                k[i] = Arrays.copyOf(keys[i], size);
            }
            return new PeriodColumns(size, Arrays.copyOf(docs, size), k, Arrays.copyOf(start, size + 1),
                    Arrays.copyOf(values, nValues), Arrays.copyOf(valueDimension, nValues), List.copyOf(dimensions));
        }
    }
}
