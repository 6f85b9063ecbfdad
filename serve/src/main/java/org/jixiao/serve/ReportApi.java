package org.jixiao.serve;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

import org.jixiao.corpus.ReportJson;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.FindingFilter;
import org.jixiao.index.query.FindingRow;
import org.jixiao.index.query.ReportInfo;
import org.jixiao.model.BBox;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Evidence;
import org.jixiao.model.Report;
import org.jixiao.model.Validate;

/** One report: {@code GET /api/reports/{id}} and its page images. */
public final class ReportApi {
    /** Facts and findings of one report listed at most. */
    static final int MAX_PER_REPORT = 10_000;
    static final int MAX_BOXES = 50;
    private static final Pattern PAGE = Pattern.compile("([0-9]{1,5})\\.png");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,5}(?:\\.[0-9]{1,4})?");
    /** Outline colours of a finding's figures, in evidence order: the printed side red, the others blue. */
    private static final Color[] COLORS = {new Color(0xD0, 0x1C, 0x1C), new Color(0x1F, 0x5F, 0xD0),
        new Color(0x1F, 0x8F, 0x3F), new Color(0xB0, 0x60, 0x00)};
    private final Supplier<ServedIndex> view;
    private final ReportStore store;
    private final PageRenderer renderer;
    private final Views views;
    private final Responses out;
    private final ObjectMapper model = new ReportJson().mapper();

    public ReportApi(Supplier<ServedIndex> view, ReportStore store, PageRenderer renderer, Views views, Responses out) {
        this.view = Validate.notNullParam(view, "view");
        this.store = Validate.notNullParam(store, "store");
        this.renderer = Validate.notNullParam(renderer, "renderer");
        this.views = Validate.notNullParam(views, "views");
        this.out = Validate.notNullParam(out, "out");
    }

    private ReportInfo info(Context ctx) throws IOException {
        String id = Params.reportId(ctx.pathParam("id"));
        ReportInfo info = view.get().report(id);
        if (info == null) {
            throw ApiException.notFound("no report with id " + id + " in the index");
        }
        return info;
    }

    public void report(Context ctx) throws IOException {
        ReportInfo info = info(ctx);
        ServedIndex v = view.get();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", views.report(info));
        Report full = store.load(info);
        Path pdf = pdf(info);
        m.put("pages", pdf == null ? null : renderer.pageCount(info.reportId(), pdf));
        m.put("pageImages", pdf != null);
        m.put("content", full != null);
        m.put("sections", full == null ? List.of() : model.valueToTree(full.sections()));
        m.put("blocks", full == null ? List.of() : blocks(full));
        m.put("tables", full == null ? List.of() : model.valueToTree(full.tables()));
        m.put("facts", v.facts(FactFilter.all(MAX_PER_REPORT).withReportId(info.reportId()))
                .rows().stream().map(views::fact).toList());
        m.put("findings", findings(info.reportId()).stream().map(views::finding).toList());
        out.json(ctx, m);
    }

    private List<FindingRow> findings(String reportId) throws IOException {
        return view.get()
                .findings(new FindingFilter(null, null, null, null, MAX_PER_REPORT, reportId)).rows();
    }

    private static List<Map<String, Object>> blocks(Report r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Block b : r.blocks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.id());
            m.put("type", b.type().name().toLowerCase(java.util.Locale.ROOT));
            m.put("text", b.type() == BlockType.TABLE ? null : b.text());
            m.put("level", b.level());
            m.put("number", b.number());
            m.put("sectionPath", b.sectionPath());
            m.put("tableId", b.tableId());
            m.put("page", b.provenance() == null ? null : b.provenance().page());
            m.put("bbox", b.provenance() == null ? null : Views.bbox(b.provenance().bbox()));
            out.add(m);
        }
        return out;
    }

    /** The original PDF when page images can be drawn from it, else null. */
    private Path pdf(ReportInfo info) throws IOException {
        if (info.mediaType() == null || !info.mediaType().startsWith("application/pdf")) {
            return null;
        }
        return store.source(info);
    }

    public void page(Context ctx) throws IOException {
        ReportInfo info = info(ctx);
        Matcher pm = PAGE.matcher(ctx.pathParam("page"));
        if (!pm.matches()) {
            throw ApiException.badRequest("a page image is named N.png, N the 1-based page number");
        }
        int page = Integer.parseInt(pm.group(1));
        Params p = new Params(ctx.queryParamMap());
        List<PageRenderer.Box> boxes = new ArrayList<>();
        for (String b : p.all("box")) {
            boxes.add(new PageRenderer.Box(box(b), COLORS[0]));
        }
        String finding = p.text("finding");
        if (finding != null) {
            boxes.addAll(findingBoxes(info.reportId(), finding, page));
        }
        if (boxes.size() > MAX_BOXES) {
            throw ApiException.badRequest("at most " + MAX_BOXES + " boxes");
        }
        if (info.mediaType() == null || !info.mediaType().startsWith("application/pdf")) {
            throw ApiException.notFound("the report was read from " + info.mediaType()
                    + ", not a PDF: it has no page images");
        }
        Path pdf = store.source(info);
        if (pdf == null) {
            throw ApiException.notFound("the original file of the report is not at " + info.path()
                    + " any more (or its bytes changed)");
        }
        if (page < 1 || page > renderer.pageCount(info.reportId(), pdf)) {
            throw ApiException.notFound("page " + page + " is not in the report");
        }
        byte[] png = renderer.png(info.reportId(), pdf, page, boxes, p.flag("crop"));
        ctx.contentType("image/png");
        ctx.header("Cache-Control", "private, max-age=300");
        ctx.result(png);
    }

    /** {@code x0,y0,x1,y1} in points from the page's top left. */
    static BBox box(String s) {
        String[] parts = s.split(",", -1);
        if (parts.length != 4) {
            throw ApiException.badRequest("box must be x0,y0,x1,y1 (PDF points from the top left), not '" + s + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            String t = parts[i].trim();
            if (!NUMBER.matcher(t).matches()) {
                throw ApiException.badRequest("box must be x0,y0,x1,y1 (PDF points from the top left), not '" + s + "'");
            }
            v[i] = Double.parseDouble(t);
        }
        if (v[0] >= v[2] || v[1] >= v[3] || v[0] < 0 || v[1] < 0) {
            throw ApiException.badRequest("box " + s + ": x0 < x1, y0 < y1 and both from 0");
        }
        return new BBox(v[1], v[0], v[3], v[2]);
    }

    private List<PageRenderer.Box> findingBoxes(String reportId, String findingId, int page) throws IOException {
        if (!FindingIds.valid(findingId)) {
            throw ApiException.badRequest("a finding id is " + FindingIds.LENGTH + " hex digits");
        }
        FindingRow f = findings(reportId).stream().filter(x -> Views.findingId(x).equals(findingId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("no finding " + findingId + " in report " + reportId));
        List<PageRenderer.Box> out = new ArrayList<>();
        List<Evidence> ev = views.readEvidence(f.evidence());
        for (int i = 0; i < ev.size(); i++) {
            Evidence e = ev.get(i);
            if (e.provenance() != null && e.provenance().bbox() != null && Integer.valueOf(page)
                    .equals(e.provenance().page())) {
                out.add(new PageRenderer.Box(e.provenance().bbox(), COLORS[Math.min(i, COLORS.length - 1)]));
            }
        }
        return out;
    }
}
