package org.jixiao.pipeline.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;

/**
 * Findings as plain maps for JSON: report, rule, severity, message, messageEn, expected, actual,
 * difference, unit and figures (label, value, unit, role, provenance, context).
 */
public final class FindingJson {
    private FindingJson() {
    }

    public static List<Map<String, Object>> of(Map<Report, List<Finding>> findings) {
        List<Map<String, Object>> out = new ArrayList<>();
        findings.forEach((r, list) -> list.forEach(f -> out.add(of(r, f))));
        return out;
    }

    public static Map<String, Object> of(Report r, Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", reportName(r));
        m.put("reportId", r.id());
        m.put("rule", f.rule());
        m.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
        m.put("message", f.messageZh());
        m.put("messageEn", f.messageEn());
        m.put("expected", interval(f.expected()));
        m.put("actual", interval(f.actual()));
        m.put("difference", f.difference() == null ? null : f.difference().stripTrailingZeros().toPlainString());
        m.put("unit", f.unit() == null ? null : f.unit().symbol());
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            figures.add(figure(e));
        }
        m.put("figures", figures);
        return m;
    }

    public static String reportName(Report r) {
        return r.source() == null || r.source().fileName() == null ? r.id() : r.source().fileName();
    }

    private static Map<String, Object> figure(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", e.role());
        m.put("label", e.label());
        m.put("value", e.quantity() == null ? null : e.quantity().value().toPlainString());
        m.put("printed", e.quantity() == null ? null : e.quantity().printed());
        m.put("unit", e.quantity() == null ? null : e.quantity().unit().symbol());
        m.put("provenance", provenance(e.provenance()));
        m.put("context", e.context());
        return m;
    }

    private static Map<String, Object> interval(Interval i) {
        if (i == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lo", i.lo().stripTrailingZeros().toPlainString());
        m.put("hi", i.hi().stripTrailingZeros().toPlainString());
        return m;
    }

    private static Map<String, Object> provenance(Provenance p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", p.page());
        m.put("blockId", p.blockId());
        m.put("tableId", p.tableId());
        m.put("row", p.row());
        m.put("col", p.col());
        m.put("charStart", p.charStart());
        m.put("charEnd", p.charEnd());
        m.put("extractor", p.extractor());
        m.put("where", p.describe());
        return m;
    }
}
