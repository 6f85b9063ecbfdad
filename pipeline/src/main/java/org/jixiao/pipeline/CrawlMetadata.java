package org.jixiao.pipeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.crawl.ManifestEntry;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;

/**
 * Metadata a crawled document does not print itself, read from how it was published: the link
 * text, the title of the page that carried it and its file name often name the department, the
 * year and the kind of report. Only fields the document left empty are filled, each with a
 * provenance saying which of the three it came from (extractor {@code crawl}).
 */
public final class CrawlMetadata {
    static final String EXTRACTOR = "crawl";
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern DEPARTMENT = Pattern.compile(
            "^(?:20\\d{2}年度?)?([\\u4e00-\\u9fa5]{2,30}?(?:人民政府办公厅|人民政府办公室|办公厅|办公室|委员会|人民法院|人民检察院"
                    + "|街道办事处|厅|局|委|院|中心|馆|所|站))");

    private CrawlMetadata() {
    }

    /** The hints of a manifest row, by where they were read. */
    static Map<String, String> hints(ManifestEntry e) {
        Map<String, String> h = new LinkedHashMap<>();
        put(h, "link-text", e.linkText());
        put(h, "page-title", e.pageTitle());
        String name = e.name();
        if (name != null) {
            int dot = name.lastIndexOf('.');
            put(h, "file-name", dot > 0 ? name.substring(0, dot) : name);
        }
        return h;
    }

    private static void put(Map<String, String> h, String where, String v) {
        if (v != null && !v.isBlank()) {
            h.put(where, v.strip());
        }
    }

    /** The report with missing department, year and kind filled from the manifest row's hints. */
    public static Report enrich(Report r, ManifestEntry e) {
        if (r.failed()) {
            return r;
        }
        ReportMeta m = r.meta();
        Map<String, Provenance> prov = new HashMap<>(m.provenance());
        Map<String, String> hints = hints(e);
        Integer year = m.fiscalYear();
        String department = m.department();
        String kind = m.kind();
        boolean changed = false;
        for (Map.Entry<String, String> h : hints.entrySet()) {
            Provenance p = new Provenance(r.id(), null, null, h.getKey(), null, null, null, null, null, EXTRACTOR);
            Matcher y = YEAR.matcher(h.getValue());
            if (year == null && y.find()) {
                year = Integer.valueOf(y.group(1));
                prov.put("fiscalYear", p.withChars(y.start(1), y.end(1)));
                changed = true;
            }
            Matcher d = DEPARTMENT.matcher(h.getValue());
            if (department == null && d.find()) {
                department = d.group(1);
                prov.put("department", p.withChars(d.start(1), d.end(1)));
                changed = true;
            }
            String k = kindOf(h.getValue());
            if ((kind == null || "unknown".equals(kind)) && k != null) {
                kind = k;
                prov.put("kind", p);
                changed = true;
            }
        }
        if (!changed) {
            return r;
        }
        return r.withMeta(new ReportMeta(department, m.region(), m.level(), year, kind, m.title(), m.selfScore(),
                m.grade(), prov));
    }

    static String kindOf(String s) {
        if (s.contains("自评")) {
            return "selfeval-report";
        }
        if (s.contains("决算")) {
            return "final-account";
        }
        if (s.contains("预算")) {
            return "budget";
        }
        return null;
    }
}
