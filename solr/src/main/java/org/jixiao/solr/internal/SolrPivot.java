package org.jixiao.solr.internal;

import static org.jixiao.index.IndexFields.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
import org.jixiao.model.Validate;

/**
 * A pivot of canonical facts as one JSON facet request: terms of the row dimension, within each
 * the terms of the column dimension, within each cell the counts of each value and the cell's
 * dimension (money, ratio …). Solr computes every count on the shards from doc values; only the
 * cells travel. Provenance, when asked for, is one more request per cell for its first facts.
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

    private final Search search;
    private final Facts facts;

    public SolrPivot(Search search, Facts facts) {
        this.search = Validate.notNullParam(search, "search");
        this.facts = Validate.notNullParam(facts, "facts");
    }

    public PivotTable pivot(PivotRequest r) throws IOException {
        FactFilter f = r.filter().withCanonicalOnly(true);
        SolrQuery q = Filters.facts(f);
        q.setRows(0);
        String cell = "{dim:{type:terms,field:" + DIMENSION + ",limit:1},"
                + "v:{type:terms,field:" + VALUE + ",limit:-1,sort:'count desc'}}";
        String cols = "{type:terms,field:" + r.cols() + ",limit:-1,missing:true,facet:" + cell + "}";
        q.set("json.facet", "{rows:{type:terms,field:" + r.rows() + ",limit:-1,missing:true,facet:{cols:" + cols + "}}}");
        QueryResponse rsp = search.run(q);
        NamedList<?> facets = (NamedList<?>) rsp.getResponse().get("facets");
        Map<String, Map<String, PivotCell>> cells = new TreeMap<>();
        TreeSet<String> colKeys = new TreeSet<>();
        NamedList<?> rows = facets == null ? null : (NamedList<?>) facets.get("rows");
        for (Bucket row : buckets(rows)) {
            for (Bucket col : buckets((NamedList<?>) row.list.get("cols"))) {
                String rowLabel = label(row.val);
                String colLabel = label(col.val);
                colKeys.add(colLabel);
                PivotCell c = cell(r, f, row.val, col.val, col.list);
                cells.computeIfAbsent(rowLabel, k -> new TreeMap<>()).put(colLabel, c);
            }
        }
        return new PivotTable(r.rows(), r.cols(), new ArrayList<>(cells.keySet()), new ArrayList<>(colKeys), cells,
                rsp.getResults().getNumFound());
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

    private PivotCell cell(PivotRequest r, FactFilter f, Object rowVal, Object colVal, NamedList<?> sub)
            throws IOException {
        List<Bucket> dims = buckets((NamedList<?>) sub.get("dim"));
        String dimension = dims.isEmpty() || dims.get(0).val == null ? null : dims.get(0).val.toString();
        List<Bucket> values = buckets((NamedList<?>) sub.get("v"));
        List<SolrDocument> docs = r.withProvenance() ? cellDocs(f, r, rowVal, colVal) : List.of();
        List<PivotValue> out = new ArrayList<>();
        int facts = 0;
        for (Bucket v : values) {
            facts += (int) v.count;
        }
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
