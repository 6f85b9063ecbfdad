package org.jixiao.index.query;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates one pivot cell: counts per value (as double bits) in first-seen order with the
 * first document of each, and some document ids. Most cells hold one value, kept in fields; a
 * map is made only for a second value.
 */
final class CellBuilder {
    /** Where the facts of a cell were printed, loaded only when a pivot asks for provenance. */
    interface Sources {
        /** The fact with this value behind document {@code doc}. */
        FactRow valueSource(int doc, long bits) throws IOException;

        /** The facts behind {@code docs}, at most {@code max}. */
        List<FactRow> cellSources(List<Integer> docs, int max) throws IOException;
    }

    private long firstValue;
    private int firstCount;
    private int firstDoc;
    /** value bits → {count, first doc} */
    private Map<Long, int[]> others;
    private final List<Integer> docs = new ArrayList<>(2);
    String dimension;
    private int facts;

    void add(long bits, int doc) {
        count(bits, 1, doc);
        if (docs.size() < PivotQuery.MAX_SOURCES_PER_CELL) {
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
        o.docs.stream().limit(Math.max(0, PivotQuery.MAX_SOURCES_PER_CELL - docs.size())).forEach(docs::add);
        facts += o.facts;
        dimension = dimension == null ? o.dimension : dimension;
    }

    int facts() {
        return facts;
    }

    /** The cell, with at most {@code maxSources} of its facts' sources when {@code sources} is given. */
    PivotCell build(Sources sources, int maxSources) throws IOException {
        List<long[]> counted = new ArrayList<>();
        counted.add(new long[] {firstValue, firstCount, firstDoc});
        if (others != null) {
            others.forEach((bits, c) -> counted.add(new long[] {bits, c[0], c[1]}));
        }
        // most facts first; the sort is stable, so ties keep the first printed first
        counted.sort((a, b) -> Long.compare(b[1], a[1]));
        List<PivotValue> values = new ArrayList<>();
        for (long[] c : counted.subList(0, Math.min(PivotQuery.MAX_VALUES_PER_CELL, counted.size()))) {
            BigDecimal v = decimal(c[0]);
            FactRow src = sources == null ? null : sources.valueSource((int) c[2], c[0]);
            values.add(new PivotValue(v, Display.of(v, dimension), (int) c[1], src));
        }
        List<FactRow> rows = sources == null ? List.of() : sources.cellSources(docs, maxSources);
        PivotValue best = values.get(0);
        return new PivotCell(best.value(), best.display(), facts, counted.size(), rows, values);
    }

    /** Values are kept as the raw bits of the indexed double: fewer than 15 significant digits come back exactly. */
    static BigDecimal decimal(long bits) {
        return BigDecimal.valueOf(Double.longBitsToDouble(bits)).stripTrailingZeros();
    }
}
