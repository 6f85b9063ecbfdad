package org.jixiao.solr.internal;

import static org.jixiao.index.IndexFields.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;

import org.jixiao.index.query.Display;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.FactRow;
import org.jixiao.index.query.PivotCell;
import org.jixiao.index.query.PivotQuery;
import org.jixiao.index.query.PivotRequest;
import org.jixiao.index.query.PivotTable;
import org.jixiao.index.query.PivotValue;
import org.jixiao.model.Unit;
import org.jixiao.model.Validate;
import org.jixiao.solr.SolrSchema;

/**
 * A pivot of canonical facts as one JSON facet request: terms of the row dimension, within each
 * the terms of the column dimension with, per cell, its fact count, dimension (money, ratio …) and
 * smallest and largest value, all gathered in the pass that buckets the columns, on the shards,
 * from doc values: of the report-period documents (one per report and period) when they answer the
 * request, as in Lucene's pivot, else of the canonical fact documents. Only the cells whose facts disagree (smallest ≠ largest) get a second request
 * for the count of each value. Provenance, when asked for, is one more request per cell.
 */
public final class SolrPivot {
    /** Runs a query against the collection. */
    public interface Search {
        QueryResponse run(SolrQuery q) throws IOException;
    }

    /** Reads a fact document as the Lucene backend does. */
    public interface Facts {
        FactRow row(SolrDocument d) throws IOException;
    }

    /** Cells whose value counts one request asks for (an OR of that many cell filters). */
    static final int CELLS_PER_REQUEST = 200;
    private final Search search;
    private final Facts facts;

    public SolrPivot(Search search, Facts facts) {
        this.search = Validate.notNullParam(search, "search");
        this.facts = Validate.notNullParam(facts, "facts");
    }

    public PivotTable pivot(PivotRequest r) throws IOException {
        FactFilter f = r.filter().withCanonicalOnly(true);
        List<Cell> cells = new ArrayList<>();
        // the report-period documents when they answer the request, as Lucene's pivot decides
        long facts = PivotQuery.usesPeriodDocuments(r) ? periodCells(r, f, cells) : factCells(r, f, cells);
        valueCounts(r, f, cells);
        Map<String, Map<String, PivotCell>> table = new TreeMap<>();
        TreeSet<String> colKeys = new TreeSet<>();
        for (Cell c : cells) {
            colKeys.add(label(c.col));
            table.computeIfAbsent(label(c.row), k -> new TreeMap<>()).put(label(c.col), cell(r, f, c));
        }
        return new PivotTable(r.rows(), r.cols(), new ArrayList<>(table.keySet()), new ArrayList<>(colKeys), table,
                facts);
    }

    /** The cells from the canonical fact documents, one value each; returns the number of facts. */
    private long factCells(PivotRequest r, FactFilter f, List<Cell> cells) throws IOException {
        SolrQuery q = Filters.facts(f);
        q.setRows(0);
        // statistics are gathered in the pass that buckets the column terms; a nested terms facet
        // per cell (as a first version did) ran once per cell and shard: 1.1 s at 11,000 cells
        String stats = "{dim:'min(" + DIMENSION + ")',lo:'min(" + VALUE + ")',hi:'max(" + VALUE + ")'}";
        q.set("json.facet", nested(r, stats));
        QueryResponse rsp = search.run(q);
        for (Bucket row : buckets(facet(rsp.getResponse().get("facets"), "rows"))) {
            for (Bucket col : buckets(facet(row.list, "cols"))) {
                Object dim = col.list.get("dim");
                Number lo = (Number) col.list.get("lo");
                Number hi = (Number) col.list.get("hi");
                List<Bucket> values = lo == null ? List.of() : List.of(new Bucket(lo, col.count, null));
                cells.add(new Cell(row.val, col.val, dim == null ? null : dim.toString(), col.count,
                        lo != null && hi != null && lo.doubleValue() != hi.doubleValue(), values));
            }
        }
        return rsp.getResults().getNumFound();
    }

    /**
     * The cells from the report-period documents (one per report and period, its canonical facts'
     * values in one multi-valued field per dimension): a first request finds the dimensions the
     * scope and phase has, the second buckets rows and columns with, per dimension, the count of
     * values, the smallest and the largest. Returns the number of facts (values).
     */
    private long periodCells(PivotRequest r, FactFilter f, List<Cell> cells) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Unit.Dimension d : Unit.Dimension.values()) {
            String dim = d.name().toLowerCase(Locale.ROOT);
            fields.put(dim, SolrSchema.solrName(canonicalField(f.scope(), f.phase(), dim)));
        }
        SolrQuery first = Filters.periods(f);
        first.setRows(0);
        first.set("json.facet", stats(fields, false));
        NamedList<?> counts = (NamedList<?>) search.run(first).getResponse().get("facets");
        long facts = 0;
        Map<String, String> present = new LinkedHashMap<>();
        for (var e : fields.entrySet()) {
            long n = number(counts, "n_" + e.getKey());
            facts += n;
            if (n > 0) {
                present.put(e.getKey(), e.getValue());
            }
        }
        if (present.isEmpty()) {
            return 0;
        }
        SolrQuery q = Filters.periods(f);
        q.setRows(0);
        q.set("json.facet", nested(r, stats(present, true)));
        for (Bucket row : buckets(facet(search.run(q).getResponse().get("facets"), "rows"))) {
            for (Bucket col : buckets(facet(row.list, "cols"))) {
                Cell c = periodCell(row.val, col, present.keySet());
                if (c != null) {
                    cells.add(c);
                }
            }
        }
        return facts;
    }

    /** A cell of report-period buckets: its dimension the first (in the enum's order) with values. */
    private static Cell periodCell(Object row, Bucket col, Iterable<String> dimensions) {
        String dimension = null;
        long facts = 0;
        Number lo = null;
        boolean conflicting = false;
        for (String dim : dimensions) {
            long n = number(col.list, "n_" + dim);
            if (n == 0) {
                continue;
            }
            Number min = (Number) col.list.get("lo_" + dim);
            Number max = (Number) col.list.get("hi_" + dim);
            conflicting |= dimension != null || min.doubleValue() != max.doubleValue();
            if (dimension == null) {
                dimension = dim;
                lo = min;
            }
            facts += n;
        }
        return dimension == null ? null
                : new Cell(row, col.val, dimension, facts, conflicting, List.of(new Bucket(lo, facts, null)));
    }

    /** Aggregations per dimension: the count of values ({@code n_}), with their range ({@code lo_}, {@code hi_}). */
    private static String stats(Map<String, String> fields, boolean range) {
        StringBuilder sb = new StringBuilder("{");
        fields.forEach((dim, field) -> {
            sb.append(sb.length() == 1 ? "" : ",").append("n_").append(dim).append(":'countvals(").append(field).append(")'");
            if (range) {
                sb.append(",lo_").append(dim).append(":'min(").append(field).append(")'")
                        .append(",hi_").append(dim).append(":'max(").append(field).append(")'");
            }
        });
        return sb.append('}').toString();
    }

    private static long number(NamedList<?> list, String name) {
        return list != null && list.get(name) instanceof Number n ? n.longValue() : 0;
    }

    /** One cell as the facet found it: its keys, dimension, fact count and, once known, each value's count. */
    private static final class Cell {
        final Object row;
        final Object col;
        final String dimension;
        final long facts;
        final boolean conflicting;
        List<Bucket> values;

        Cell(Object row, Object col, String dimension, long facts, boolean conflicting, List<Bucket> values) {
            this.row = row;
            this.col = col;
            this.dimension = dimension;
            this.facts = facts;
            this.conflicting = conflicting;
            this.values = values;
        }
    }

    private static String nested(PivotRequest r, String cellFacets) {
        String cols = "{type:terms,field:" + r.cols() + ",limit:-1,missing:true,facet:" + cellFacets + "}";
        return "{rows:{type:terms,field:" + r.rows() + ",limit:-1,missing:true,facet:{cols:" + cols + "}}}";
    }

    private static NamedList<?> facet(Object parent, String name) {
        return parent instanceof NamedList<?> p && p.get(name) instanceof NamedList<?> f ? f : null;
    }

    /** Counts of each value in the cells whose facts disagree, a few hundred cells per request. */
    private void valueCounts(PivotRequest r, FactFilter f, List<Cell> cells) throws IOException {
        List<Cell> conflicting = cells.stream().filter(c -> c.conflicting).toList();
        for (int i = 0; i < conflicting.size(); i += CELLS_PER_REQUEST) {
            List<Cell> part = conflicting.subList(i, Math.min(conflicting.size(), i + CELLS_PER_REQUEST));
            SolrQuery q = Filters.facts(f);
            q.setRows(0);
            StringBuilder which = new StringBuilder();
            for (Cell c : part) {
                which.append(which.length() == 0 ? "" : " OR ").append("(+").append(Filters.clause(r.rows(), c.row))
                        .append(" +").append(Filters.clause(r.cols(), c.col)).append(')');
            }
            q.addFilterQuery(which.toString());
            q.set("json.facet", nested(r, "{v:{type:terms,field:" + VALUE + ",limit:-1,sort:'count desc'}}"));
            Map<String, Cell> byKey = new java.util.HashMap<>();
            part.forEach(c -> byKey.put(label(c.row) + "\n" + label(c.col), c));
            for (Bucket row : buckets(facet(search.run(q).getResponse().get("facets"), "rows"))) {
                for (Bucket col : buckets(facet(row.list, "cols"))) {
                    Cell c = byKey.get(label(row.val) + "\n" + label(col.val));
                    if (c != null) {
                        c.values = buckets(facet(col.list, "v"));
                    }
                }
            }
        }
    }

    /** A bucket: its value (null for the missing bucket), count and sub-facets. */
    private record Bucket(Object val, long count, NamedList<?> list) {
    }

    private static List<Bucket> buckets(NamedList<?> facet) {
        List<Bucket> out = new ArrayList<>();
        if (facet == null) {
            return out;
        }
        Object list = facet.get("buckets");
        if (list instanceof List<?> l) {
            for (Object o : l) {
                NamedList<?> b = (NamedList<?>) o;
                out.add(new Bucket(b.get("val"), ((Number) b.get("count")).longValue(), b));
            }
        }
        if (facet.get("missing") instanceof NamedList<?> m && ((Number) m.get("count")).longValue() > 0) {
            out.add(new Bucket(null, ((Number) m.get("count")).longValue(), m));
        }
        return out;
    }

    private static String label(Object val) {
        return val == null ? PivotQuery.MISSING : val.toString();
    }

    private PivotCell cell(PivotRequest r, FactFilter f, Cell c) throws IOException {
        Object rowVal = c.row;
        Object colVal = c.col;
        String dimension = c.dimension;
        List<Bucket> values = c.values;
        List<SolrDocument> docs = r.withProvenance() ? cellDocs(f, r, rowVal, colVal) : List.of();
        List<PivotValue> out = new ArrayList<>();
        int facts = (int) c.facts;
        for (Bucket v : values.subList(0, Math.min(PivotQuery.MAX_VALUES_PER_CELL, values.size()))) {
            BigDecimal value = BigDecimal.valueOf(((Number) v.val).doubleValue()).stripTrailingZeros();
            FactRow src = r.withProvenance() ? valueSource(f, r, rowVal, colVal, value, docs) : null;
            out.add(new PivotValue(value, Display.of(value, dimension), (int) v.count, src));
        }
        List<FactRow> sources = new ArrayList<>();
        for (SolrDocument d : docs) {
            sources.add(facts(d));
        }
        PivotValue best = out.get(0);
        return new PivotCell(best.value(), best.display(), facts, values.size(), sources, out);
    }

    private FactRow facts(SolrDocument d) throws IOException {
        return facts.row(d);
    }

    private SolrQuery cellQuery(FactFilter f, PivotRequest r, Object rowVal, Object colVal) {
        SolrQuery q = Filters.facts(f);
        q.addFilterQuery(Filters.equalOrMissing(r.rows(), rowVal));
        q.addFilterQuery(Filters.equalOrMissing(r.cols(), colVal));
        q.setFields("*");
        q.addSort(org.jixiao.solr.SolrSchema.ID, SolrQuery.ORDER.asc);
        return q;
    }

    private List<SolrDocument> cellDocs(FactFilter f, PivotRequest r, Object rowVal, Object colVal) throws IOException {
        SolrQuery q = cellQuery(f, r, rowVal, colVal);
        q.setRows(r.maxSources());
        return new ArrayList<>(search.run(q).getResults());
    }

    /** The first fact of the cell with this value: among the cell's sources, else asked for. */
    private FactRow valueSource(FactFilter f, PivotRequest r, Object rowVal, Object colVal, BigDecimal value,
                                List<SolrDocument> docs) throws IOException {
        for (SolrDocument d : docs) {
            FactRow row = facts(d);
            if (row.value() != null && row.value().compareTo(value) == 0) {
                return row;
            }
        }
        SolrQuery q = cellQuery(f, r, rowVal, colVal);
        q.addFilterQuery(QueryWriter.keyword(VALUE, Double.toString(value.doubleValue())));
        q.setRows(1);
        var results = search.run(q).getResults();
        return results.isEmpty() ? null : facts(results.get(0));
    }
}
