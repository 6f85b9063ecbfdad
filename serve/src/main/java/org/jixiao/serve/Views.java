package org.jixiao.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.jixiao.corpus.ReportJson;
import org.jixiao.index.query.FactRow;
import org.jixiao.index.query.FindingRow;
import org.jixiao.index.query.ReportInfo;
import org.jixiao.model.BBox;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;

/**
 * The JSON shapes of the API (docs/api.md), as ordered maps. Findings from the index and findings
 * of an uploaded report take the same shape, so one page shows both.
 */
public final class Views {
    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() { };
    /** Reads evidence as the index wrote it (a default mapper: enums by name). */
    private final ObjectMapper reader = new ReportJson().mapper();
    /** Writes evidence as the index does, so a finding's id is the same checked here or indexed. */
    private final ObjectMapper indexStyle = JsonMapper.builder().build();

    public Map<String, Object> report(ReportInfo r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.reportId());
        m.put("fileName", r.fileName());
        m.put("mediaType", r.mediaType());
        m.put("department", r.department());
        m.put("region", r.region());
        m.put("level", r.level());
        m.put("year", r.year());
        m.put("kind", r.kind());
        m.put("title", r.title());
        m.put("selfScore", r.selfScore());
        m.put("grade", r.grade());
        m.put("blocks", r.blocks());
        m.put("tables", r.tables());
        m.put("facts", r.facts());
        m.put("findings", r.findings());
        m.put("diagnostics", r.diagnostics());
        return m;
    }

    public Map<String, Object> fact(FactRow f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reportId", f.reportId());
        m.put("department", f.department());
        m.put("region", f.region());
        m.put("level", f.level());
        m.put("year", f.year());
        m.put("kind", f.kind());
        m.put("measure", f.measure());
        m.put("scope", f.scope());
        m.put("subject", f.subject());
        m.put("period", f.period());
        m.put("phase", f.phase());
        m.put("unit", f.unit());
        m.put("value", f.value());
        m.put("printed", f.printed());
        m.put("display", f.printedWithUnit());
        m.put("decimals", f.decimals());
        m.put("label", f.label());
        m.put("page", f.page());
        m.put("blockId", f.blockId());
        m.put("tableId", f.tableId());
        m.put("row", f.row());
        m.put("col", f.col());
        m.put("charStart", f.charStart());
        m.put("charEnd", f.charEnd());
        m.put("extractor", f.extractor());
        m.put("where", f.where());
        return m;
    }

    /** The id a finding row from the index has in the API. */
    public static String findingId(FindingRow f) {
        return FindingIds.of(f.reportId(), f.rule(), f.messageEn(), f.expected(), f.actual(), f.evidence());
    }

    public Map<String, Object> finding(FindingRow f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", findingId(f));
        m.put("reportId", f.reportId());
        m.put("department", f.department());
        m.put("year", f.year());
        m.put("rule", f.rule());
        m.put("severity", f.severity());
        m.put("message", f.messageZh());
        m.put("messageEn", f.messageEn());
        m.put("expected", f.expected());
        m.put("actual", f.actual());
        m.put("unit", f.unit());
        m.put("page", f.page());
        m.put("evidence", evidence(readEvidence(f.evidence())));
        return m;
    }

    /** A finding of a report checked now (not indexed), in the shape of {@link #finding(FindingRow)}. */
    public Map<String, Object> finding(Report r, Finding f) throws IOException {
        String evidenceJson = indexStyle.writeValueAsString(f.evidence());
        String expected = interval(f.expected());
        String actual = interval(f.actual());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", FindingIds.of(r.id(), f.rule(), f.messageEn(), expected, actual, evidenceJson));
        m.put("reportId", r.id());
        m.put("department", r.meta().department());
        m.put("year", r.meta().fiscalYear());
        m.put("rule", f.rule());
        m.put("severity", severity(f.severity()));
        m.put("message", f.messageZh());
        m.put("messageEn", f.messageEn());
        m.put("expected", expected);
        m.put("actual", actual);
        m.put("unit", f.unit() == null ? null : (f.unit().symbol().isEmpty() ? "none" : f.unit().symbol()));
        m.put("page", f.evidence().stream().map(Evidence::provenance)
                .filter(p -> p != null && p.page() != null).map(Provenance::page).findFirst().orElse(null));
        m.put("evidence", evidence(f.evidence()));
        return m;
    }

    /** The evidence stored with a finding in the index; empty when it cannot be read. */
    public List<Evidence> readEvidence(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return reader.readValue(json, EVIDENCE);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Map<String, Object>> evidence(List<Evidence> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Evidence e : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("role", e.role());
            m.put("label", e.label());
            m.put("value", e.quantity() == null ? null : e.quantity().value());
            m.put("printed", e.quantity() == null ? null : e.quantity().printed());
            m.put("unit", e.quantity() == null ? null : e.quantity().unit().symbol());
            Provenance p = e.provenance();
            if (p != null) {
                m.put("page", p.page());
                m.put("bbox", bbox(p.bbox()));
                m.put("blockId", p.blockId());
                m.put("tableId", p.tableId());
                m.put("row", p.row());
                m.put("col", p.col());
                m.put("charStart", p.charStart());
                m.put("charEnd", p.charEnd());
                m.put("extractor", p.extractor());
                m.put("where", p.describe());
            }
            m.put("context", e.context());
            out.add(m);
        }
        return out;
    }

    /** A box as the page-image endpoint takes it: x0,y0,x1,y1 in PDF points from the top left. */
    public static Map<String, Object> bbox(BBox b) {
        if (b == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x0", round(b.left()));
        m.put("y0", round(b.top()));
        m.put("x1", round(b.right()));
        m.put("y1", round(b.bottom()));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static String severity(Severity s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String interval(Interval i) {
        return i == null ? null : i.lo().toPlainString() + ".." + i.hi().toPlainString();
    }
}
