package org.jixiao.index.query;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates one pivot cell: counts per value (as double bits) in first-seen order with the
 * first document of each, and some document ids, in primitive arrays (most cells hold a few
 * values; boxing each value and document cost a third of a compare at 100,000 reports).
 */
final class CellBuilder {
    /** Where the facts of a cell were printed, loaded only when a pivot asks for provenance. */
    interface Sources {
        /** The fact with this value behind document {@code doc}. */
        FactRow valueSource(int doc, long bits) throws IOException;

        /** The facts behind {@code docs}, at most {@code max}. */
        List<FactRow> cellSources(List<Integer> docs, int max) throws IOException;
    }

    /** Distinct values (as double bits) in first-seen order, with their counts and first documents. */
    private long[] values = new long[1];
    private int[] counts = new int[1];
    private int[] firstDocs = new int[1];
    private int distinct;
    /** Slot of each value once a cell has many (a linear scan is cheaper for the usual few). */
    private Map<Long, Integer> slots;
    private int[] docs = new int[2];
    private int nDocs;
    String dimension;
    private int facts;

    void add(long bits, int doc) {
        count(bits, 1, doc);
        if (nDocs < PivotQuery.MAX_SOURCES_PER_CELL) {
            if (nDocs == docs.length) {
                docs = Arrays.copyOf(docs, Math.min(PivotQuery.MAX_SOURCES_PER_CELL, nDocs * 2));
            }
            docs[nDocs++] = doc;
        }
        facts++;
    }

    private void count(long bits, int n, int doc) {
        int i = slot(bits);
        if (i < 0) {
            if (distinct == values.length) {
                values = Arrays.copyOf(values, distinct * 2);
                counts = Arrays.copyOf(counts, distinct * 2);
                firstDocs = Arrays.copyOf(firstDocs, distinct * 2);
            }
            i = distinct++;
            values[i] = bits;
            firstDocs[i] = doc;
            if (slots != null) {
                slots.put(bits, i);
            } else if (distinct > LINEAR) {
                slots = new HashMap<>();
                for (int j = 0; j < distinct; j++) {
                    slots.put(values[j], j);
                }
            }
        }
        counts[i] += n;
    }

    private static final int LINEAR = 16;

    private int slot(long bits) {
        if (slots != null) {
            Integer i = slots.get(bits);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < distinct; i++) {
            if (values[i] == bits) {
                return i;
            }
        }
        return -1;
    }

    void addAll(CellBuilder o) {
        for (int i = 0; i < o.distinct; i++) {
            count(o.values[i], o.counts[i], o.firstDocs[i]);
        }
        for (int i = 0; i < o.nDocs && nDocs < PivotQuery.MAX_SOURCES_PER_CELL; i++) {
            if (nDocs == docs.length) {
                docs = Arrays.copyOf(docs, Math.min(PivotQuery.MAX_SOURCES_PER_CELL, nDocs * 2));
            }
            docs[nDocs++] = o.docs[i];
        }
        facts += o.facts;
        dimension = dimension == null ? o.dimension : dimension;
    }

    int facts() {
        return facts;
    }

    /** The cell, with at most {@code maxSources} of its facts' sources when {@code sources} is given. */
    PivotCell build(Sources sources, int maxSources) throws IOException {
        // most facts first; ties keep the first printed first
        Integer[] order = new Integer[distinct];
        for (int i = 0; i < distinct; i++) {
            order[i] = i;
        }
        if (distinct > 1) {
            Arrays.sort(order, (a, b) -> Integer.compare(counts[b], counts[a])); // stable
        }
        List<PivotValue> out = new ArrayList<>(Math.min(PivotQuery.MAX_VALUES_PER_CELL, distinct));
        for (int k = 0; k < Math.min(PivotQuery.MAX_VALUES_PER_CELL, distinct); k++) {
            int i = order[k];
            BigDecimal v = decimal(values[i]);
            FactRow src = sources == null ? null : sources.valueSource(firstDocs[i], values[i]);
            out.add(new PivotValue(v, Display.of(v, dimension), counts[i], src));
        }
        List<FactRow> rows = List.of();
        if (sources != null) {
            List<Integer> ds = new ArrayList<>(nDocs);
            for (int i = 0; i < nDocs; i++) {
                ds.add(docs[i]);
            }
            rows = sources.cellSources(ds, maxSources);
        }
        PivotValue best = out.get(0);
        return new PivotCell(best.value(), best.display(), facts, distinct, rows, out);
    }

    /** Values are kept as the raw bits of the indexed double: fewer than 15 significant digits come back exactly. */
    static BigDecimal decimal(long bits) {
        return BigDecimal.valueOf(Double.longBitsToDouble(bits)).stripTrailingZeros();
    }
}
