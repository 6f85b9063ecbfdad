package org.jixiao.index.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;

import org.jixiao.index.IndexFields;

/**
 * Reads the keywords documents do not store from their sorted doc values, documents in increasing
 * order: each segment's doc values are opened once and read forward, and a keyword's string is
 * made once per view (by its global ordinal) instead of once per row.
 */
final class KeywordReader {
    private final IndexView view;
    private final List<String> fields;
    private final SortedDocValues[] values;
    private final LongValues[] global;
    private final String[][] labels;
    private LeafReaderContext leaf;
    private NumericDocValues years;

    KeywordReader(IndexView view, List<String> fields) {
        this.view = view;
        this.fields = fields;
        this.values = new SortedDocValues[fields.size()];
        this.global = new LongValues[fields.size()];
        this.labels = new String[fields.size()][];
    }

    /** {@code d} with the values of the fields it did not store (schema 5 stored some). */
    Document addTo(Document d, int doc) throws IOException {
        if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc() || doc < leaf.docBase) {
            List<LeafReaderContext> leaves = view.reader().leaves();
            leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Arrays.fill(values, null);
            years = null;
        }
        for (int f = 0; f < values.length; f++) {
            String field = fields.get(f);
            if (d.get(field) != null) {
                continue; // schema 5 stored it
            }
            if (values[f] == null) {
                open(f);
            }
            SortedDocValues v = values[f];
            if (v.advanceExact(doc - leaf.docBase)) {
                d.add(new StoredField(field, label(f, v.ordValue())));
            }
        }
        return d;
    }

    /** The year doc value of {@code doc}, after {@link #addTo} of the same document; null if none. */
    Integer year(int doc) throws IOException {
        if (years == null) {
            years = DocValues.getNumeric(leaf.reader(), IndexFields.YEAR);
        }
        return years.advanceExact(doc - leaf.docBase) ? (int) years.longValue() : null;
    }

    private void open(int f) throws IOException {
        String field = fields.get(f);
        values[f] = DocValues.getSorted(leaf.reader(), field);
        OrdinalMap map = view.ordinalMap(field);
        global[f] = map == null ? null : map.getGlobalOrds(leaf.ord);
        labels[f] = map == null ? null : view.labels(field, map);
    }

    private String label(int f, int ord) throws IOException {
        if (labels[f] == null) {
            return values[f].lookupOrd(ord).utf8ToString();
        }
        int g = (int) global[f].get(ord);
        String s = labels[f][g];
        if (s == null) {
            // a racing reader may make the same string: strings are immutable, either is right
            s = values[f].lookupOrd(ord).utf8ToString();
            labels[f][g] = s;
        }
        return s;
    }
}
