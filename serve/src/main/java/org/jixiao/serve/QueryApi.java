package org.jixiao.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.javalin.http.Context;

import org.jixiao.index.IndexFields;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.FactResult;
import org.jixiao.index.query.FactRow;
import org.jixiao.index.query.FindingFilter;
import org.jixiao.index.query.FindingResult;
import org.jixiao.index.query.FindingRow;
import org.jixiao.index.query.ReportInfo;
import org.jixiao.index.query.SearchHit;
import org.jixiao.index.query.SearchRequest;
import org.jixiao.index.query.SearchResult;
import org.jixiao.model.Validate;

/**
 * The list endpoints: health, search, facts, findings and reports. Each reads its parameters
 * with {@link Params} (bad ones are a 400) and asks the index query classes.
 */
public final class QueryApi {
    static final List<String> SEARCH_FACETS = List.of(IndexFields.DEPARTMENT, IndexFields.YEAR, IndexFields.KIND,
            IndexFields.LEVEL);
    static final List<String> SEVERITIES = List.of("error", "warning", "info", "not-evaluated");
    static final int FACET_TOP = 50;
    /** Search answers kept (about 10 KB each at 20 hits). */
    static final int KEPT_SEARCHES = 256;
    private final Supplier<ServedIndex> view;
    private final Views views;
    private final Responses out;
    private final ReportList reports;
    private final KeptAnswers searches = new KeptAnswers(KEPT_SEARCHES);

    public QueryApi(Supplier<ServedIndex> view, Views views, Responses out, ReportList reports) {
        this.view = Validate.notNullParam(view, "view");
        this.views = Validate.notNullParam(views, "views");
        this.out = Validate.notNullParam(out, "out");
        this.reports = Validate.notNullParam(reports, "reports");
    }

    public void health(Context ctx) throws IOException {
        ServedIndex v = view.get();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "ok");
        m.put("reports", reports.all(v).size());
        m.put("documents", v.documents());
        m.put("schema", IndexFields.SCHEMA_VERSION);
        out.json(ctx, m);
    }

    public void search(Context ctx) throws IOException {
        Params p = new Params(ctx.queryParamMap());
        String q = p.required("q");
        Responses.Page page = Responses.Page.of(p, 20, 1000);
        SearchRequest req = new SearchRequest(q, p.text("department"), p.year(), page.window(), p.text("kind"),
                p.text("level"));
        ServedIndex v = view.get();
        // the same search of the same state of the index is answered the same
        Responses.json(ctx, searches.get(v.version(), java.util.Arrays.asList("search", req, page),
                () -> out.bytes(search(v, req, page))));
    }

    private Map<String, Object> search(ServedIndex v, SearchRequest req, Responses.Page page) throws IOException {
        SearchResult r = v.search(req);
        Map<String, Map<String, Integer>> facets = v.facets(req, SEARCH_FACETS, FACET_TOP);
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit h : page.slice(r.hits())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reportId", h.reportId());
            m.put("fileName", h.fileName());
            m.put("department", h.department());
            m.put("year", h.year());
            ReportInfo info = v.report(h.reportId());
            m.put("kind", info == null ? null : info.kind());
            m.put("type", h.type());
            m.put("blockId", h.blockId());
            m.put("tableId", h.tableId());
            m.put("row", h.row());
            m.put("sectionPath", h.sectionPath());
            m.put("page", h.page());
            m.put("snippet", h.snippet());
            m.put("score", h.score());
            hits.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", req.query());
        m.put("total", r.totalHits());
        m.put("offset", page.offset());
        m.put("limit", page.limit());
        m.put("hits", hits);
        m.put("facets", facetLists(facets));
        return m;
    }

    private static Map<String, Object> facetLists(Map<String, Map<String, Integer>> facets) {
        Map<String, Object> m = new LinkedHashMap<>();
        facets.forEach((dim, counts) -> {
            List<Map<String, Object>> values = new ArrayList<>();
            counts.forEach((value, count) -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("value", value);
                e.put("count", count);
                values.add(e);
            });
            m.put(dim, values);
        });
        return m;
    }

    public void facts(Context ctx) throws IOException {
        Params p = new Params(ctx.queryParamMap());
        boolean csv = "csv".equals(p.oneOf("format", List.of("json", "csv"), "json"));
        Responses.Page page = Responses.Page.of(p, 100, Responses.MAX_WINDOW);
        FactFilter f = factFilter(p, page.window());
        FactResult r = view.get().facts(f);
        List<FactRow> rows = page.slice(r.rows());
        if (csv) {
            List<List<Object>> table = new ArrayList<>();
            table.add(List.of("department", "year", "scope", "phase", "period", "measure", "label", "value",
                    "printed", "unit", "page", "where", "reportId"));
            for (FactRow x : rows) {
                table.add(java.util.Arrays.asList(x.department(), x.year(), x.scope(), x.phase(), x.period(),
                        x.measure(), x.label(), x.value(), x.printed(), x.unit(), x.page(), x.where(), x.reportId()));
            }
            Responses.csv(ctx, "facts.csv", table);
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", r.total());
        m.put("totalExact", r.totalExact());
        m.put("offset", page.offset());
        m.put("limit", page.limit());
        m.put("facts", rows.stream().map(views::fact).toList());
        out.json(ctx, m);
    }

    /** The fact filter of facts and compare requests. */
    static FactFilter factFilter(Params p, int limit) {
        java.math.BigDecimal min = p.quantity("min");
        java.math.BigDecimal max = p.quantity("max");
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ApiException.badRequest("min must not exceed max");
        }
        String reportId = p.text("reportId") == null ? null : Params.reportId(p.text("reportId"));
        return new FactFilter(p.text("scope"), p.text("phase"), p.text("measure"), p.text("department"), p.year(),
                p.text("unit"), min, max, limit, p.text("period"), reportId);
    }

    public void findings(Context ctx) throws IOException {
        Params p = new Params(ctx.queryParamMap());
        Responses.Page page = Responses.Page.of(p, 50, Responses.MAX_WINDOW);
        String reportId = p.text("reportId") == null ? null : Params.reportId(p.text("reportId"));
        FindingFilter f = new FindingFilter(p.oneOf("severity", SEVERITIES, null), p.text("rule"),
                p.text("department"), p.year(), page.window(), reportId);
        ServedIndex search = view.get();
        FindingResult r = search.findings(f);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FindingRow x : page.slice(r.rows())) {
            rows.add(views.finding(x));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", r.total());
        m.put("offset", page.offset());
        m.put("limit", page.limit());
        m.put("counts", search.countBySeverity(f));
        m.put("findings", rows);
        out.json(ctx, m);
    }

    public void reports(Context ctx) throws IOException {
        Params p = new Params(ctx.queryParamMap());
        Responses.Page page = Responses.Page.of(p, 1000, Responses.MAX_WINDOW);
        String department = p.text("department");
        Integer year = p.year();
        String kind = p.text("kind");
        List<ReportInfo> matching = reports.all(view.get()).stream()
                .filter(r -> department == null || department.equals(r.department()))
                .filter(r -> year == null || year.equals(r.year()))
                .filter(r -> kind == null || kind.equals(r.kind()))
                .toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", matching.size());
        m.put("offset", page.offset());
        m.put("limit", page.limit());
        m.put("reports", page.slice(matching).stream().map(views::report).toList());
        out.json(ctx, m);
    }
}
