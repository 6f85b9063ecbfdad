package org.jixiao.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.javalin.http.Context;

import org.jixiao.index.IndexFields;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.PivotCell;
import org.jixiao.index.query.PivotRequest;
import org.jixiao.index.query.PivotTable;
import org.jixiao.model.Validate;

/** {@code GET /api/compare}: one measure (scope and phase) pivoted by two dimensions, with sources. */
public final class CompareApi {
    /** Sources per cell a client may ask for (the pivot keeps this many per cell). */
    static final int MAX_SOURCES = 20;
    /**
     * Pivots up to this many cells give one source per cell unless told otherwise; larger ones
     * none (loading a source costs a stored-document read per cell: seconds for ten thousand).
     */
    static final int DEFAULT_SOURCE_CELLS = 2_000;
    private final Supplier<ServedIndex> view;
    private final Views views;
    private final Responses out;

    public CompareApi(Supplier<ServedIndex> view, Views views, Responses out) {
        this.view = Validate.notNullParam(view, "view");
        this.views = Validate.notNullParam(views, "views");
        this.out = Validate.notNullParam(out, "out");
    }

    public void compare(Context ctx) throws IOException {
        Params p = new Params(ctx.queryParamMap());
        p.required("scope");
        p.required("phase");
        boolean csv = "csv".equals(p.oneOf("format", List.of("json", "csv"), "json"));
        String rows = p.oneOf("rows", PivotRequest.DIMENSIONS, IndexFields.DEPARTMENT);
        String cols = p.oneOf("cols", PivotRequest.DIMENSIONS, IndexFields.YEAR);
        if (rows.equals(cols)) {
            throw ApiException.badRequest("rows and cols must be different dimensions");
        }
        Integer asked = p.integerOrNull("sources", 0, MAX_SOURCES);
        FactFilter filter = QueryApi.factFilter(p, 1);
        ServedIndex v = view.get();
        // the view reads one commit: the answer to the same parameters is the same until the next one
        Object answer = v.cached(Arrays.asList("api/compare", filter, rows, cols, asked, csv),
                () -> answer(v, filter, rows, cols, asked, csv));
        if (answer instanceof String text) {
            Responses.csv(ctx, "compare.csv", text);
        } else {
            Responses.json(ctx, (byte[]) answer);
        }
    }

    /** The CSV text, or the JSON bytes, of a comparison. */
    private Object answer(ServedIndex v, FactFilter filter, String rows, String cols, Integer asked, boolean csv)
            throws IOException {
        PivotTable t = v.compare(new PivotRequest(filter, rows, cols, false));
        int sources = csv ? 0 : asked != null ? asked : cells(t) <= DEFAULT_SOURCE_CELLS ? 1 : 0;
        if (sources > 0) {
            t = v.compare(new PivotRequest(filter, rows, cols, true, sources));
        }
        if (csv) {
            return Responses.csvText(grid(t));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", filter.scope());
        m.put("phase", filter.phase());
        m.put("rows", t.rowDim());
        m.put("cols", t.colDim());
        m.put("rowKeys", t.rows());
        m.put("colKeys", t.cols());
        m.put("facts", t.facts());
        m.put("sourcesPerCell", sources);
        List<Map<String, Object>> cells = new ArrayList<>();
        for (String r : t.rows()) {
            for (String c : t.cols()) {
                PivotCell cell = t.cell(r, c);
                if (cell != null) {
                    cells.add(cell(r, c, cell));
                }
            }
        }
        m.put("cells", cells);
        return out.bytes(m);
    }

    private static int cells(PivotTable t) {
        return t.cells().values().stream().mapToInt(Map::size).sum();
    }

    private Map<String, Object> cell(String row, String col, PivotCell cell) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", row);
        m.put("col", col);
        m.put("value", cell.value());
        m.put("display", cell.display());
        m.put("facts", cell.facts());
        m.put("distinct", cell.distinct());
        m.put("conflicting", cell.conflicting());
        m.put("sources", cell.sources() == null ? List.of() : cell.sources().stream().map(views::fact).toList());
        return m;
    }

    /** The pivot as a grid: the row dimension and the column keys, then one line per row key. */
    private static List<List<Object>> grid(PivotTable t) {
        List<List<Object>> g = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        header.add(t.rowDim() + " \\ " + t.colDim());
        header.addAll(t.cols());
        g.add(header);
        for (String r : t.rows()) {
            List<Object> line = new ArrayList<>();
            line.add(r);
            for (String c : t.cols()) {
                PivotCell cell = t.cell(r, c);
                line.add(cell == null ? "" : cell.value());
            }
            g.add(line);
        }
        return g;
    }
}
