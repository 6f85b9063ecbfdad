package org.jixiao.extract.figures.same;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.Block;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;
import org.jixiao.model.Table;

/** Which part of the report a figure is in (the body, or one 附件: attachments describe other things), and the words to quote for it. */
final class SameFigureParts {
    private static final Pattern ATTACHMENT = Pattern.compile("^\\s*附件\\s*[0-9０-９一二三四五六七八九十\\-－]+");

    private final Map<String, Block> blocks = new HashMap<>();
    private final Report report;

    SameFigureParts(Report report) {
        this.report = report;
        report.blocks().forEach(b -> blocks.put(b.id(), b));
    }

    String of(Fact f) {
        List<String> path = null;
        if (f.provenance().tableId() != null && report.table(f.provenance().tableId()) != null) {
            path = report.table(f.provenance().tableId()).sectionPath();
        } else if (blocks.containsKey(f.provenance().blockId())) {
            path = blocks.get(f.provenance().blockId()).sectionPath();
        }
        for (String s : path == null ? List.<String>of() : path) {
            Matcher m = ATTACHMENT.matcher(s);
            if (m.find()) {
                return m.group().replaceAll("\\s+", "");
            }
        }
        return "body";
    }

    boolean sameSentence(Fact a, Fact b) {
        if (!a.provenance().blockId().equals(b.provenance().blockId()) || a.provenance().charStart() == null
                || b.provenance().charStart() == null) {
            return false;
        }
        Block blk = blocks.get(a.provenance().blockId());
        int from = Math.min(a.provenance().charStart(), b.provenance().charStart());
        int to = Math.max(a.provenance().charStart(), b.provenance().charStart());
        return blk != null && to <= blk.text().length() && !blk.text().substring(from, to).matches("(?s).*[。！？!?].*");
    }

    String context(Fact f) {
        if (f.provenance().tableId() != null) {
            Table t = report.table(f.provenance().tableId());
            return t == null ? f.label() : (t.caption() == null ? "" : t.caption() + ": ") + f.label();
        }
        Block b = blocks.get(f.provenance().blockId());
        return b == null ? f.label() : b.text().length() > 300 ? b.text().substring(0, 300) + "…" : b.text();
    }
}
