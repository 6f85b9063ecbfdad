package org.jixiao.check.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.model.Block;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Table;

/**
 * Where a figure stands in a report: the body or one attachment (附件N), and the text to quote
 * for it (its sentence's block text, or its table row).
 */
final class ReportParts {
    private static final Pattern ATTACHMENT = Pattern.compile("^\\s*附件\\s*[0-9０-９一二三四五六七八九十\\-－]+");
    private static final int MAX_CONTEXT = 300;

    private final Report report;
    private final Map<String, Block> blocks = new HashMap<>();

    ReportParts(Report report) {
        this.report = report;
        for (Block b : report.blocks()) {
            blocks.put(b.id(), b);
        }
    }

    /** "body", or the attachment heading the figure is under. */
    String partOf(Provenance p) {
        if (p == null) {
            return "body";
        }
        List<String> path = null;
        if (p.tableId() != null && report.table(p.tableId()) != null) {
            path = report.table(p.tableId()).sectionPath();
        } else if (p.blockId() != null && blocks.containsKey(p.blockId())) {
            path = blocks.get(p.blockId()).sectionPath();
        }
        if (path != null) {
            for (String s : path) {
                var m = ATTACHMENT.matcher(s);
                if (m.find()) {
                    return m.group().replaceAll("\\s+", "");
                }
            }
        }
        return "body";
    }

    /** The block text or table row around a figure, shortened. */
    String context(Provenance p) {
        if (p == null) {
            return null;
        }
        if (p.tableId() != null && p.row() != null) {
            Table t = report.table(p.tableId());
            if (t != null) {
                StringBuilder sb = new StringBuilder(t.caption() == null ? "" : t.caption() + ": ");
                for (int c = 0; c < t.cols(); c++) {
                    sb.append(c == 0 ? "" : " | ").append(t.text(p.row(), c).replaceAll("\\s+", " ").trim());
                }
                return cut(sb.toString(), 0);
            }
        }
        Block b = p.blockId() == null ? null : blocks.get(p.blockId());
        if (b == null) {
            return null;
        }
        int at = p.charStart() == null ? 0 : p.charStart();
        return cut(b.text(), at);
    }

    private static String cut(String s, int around) {
        if (s.length() <= MAX_CONTEXT) {
            return s;
        }
        int from = Math.max(0, Math.min(around - MAX_CONTEXT / 2, s.length() - MAX_CONTEXT));
        return (from > 0 ? "…" : "") + s.substring(from, from + MAX_CONTEXT) + "…";
    }
}
