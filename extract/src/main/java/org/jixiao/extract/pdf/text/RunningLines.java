package org.jixiao.extract.pdf.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running headers and footers: a line at the top or the bottom of a page (first or last line, in
 * the outer eighth of the page) whose text, digits aside, recurs at that end of at least three
 * pages and of a quarter of all pages. "江苏省人民检察院2017年部门预算" over every page or "第 3 页 共 25 页"
 * under it is layout, not content; it would otherwise split paragraphs and tables across pages.
 */
public final class RunningLines {
    private static final double MARGIN = 0.125;
    private final Set<String> running;

    private RunningLines(Set<String> running) {
        this.running = running;
    }

    /** Finds them on the pages' lines (each page's lines top to bottom) given each page's height. */
    public static RunningLines find(List<List<TextLine>> pages, List<Double> heights) {
        Map<String, Integer> counts = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            Set<String> seen = new HashSet<>();
            List<TextLine> lines = pages.get(p);
            if (lines.isEmpty()) {
                continue;
            }
            for (TextLine l : List.of(lines.get(0), lines.get(lines.size() - 1))) {
                String k = key(l, heights.get(p));
                if (k != null && seen.add(k)) {
                    counts.merge(k, 1, Integer::sum);
                }
            }
        }
        int need = Math.max(3, (pages.size() + 3) / 4);
        Set<String> running = new HashSet<>();
        counts.forEach((k, n) -> {
            if (n >= need) {
                running.add(k);
            }
        });
        return new RunningLines(running);
    }

    /** True for a running header or footer among a page's lines (top to bottom). */
    public boolean isRunning(TextLine line, List<TextLine> pageLines, double pageHeight) {
        if (running.isEmpty() || pageLines.isEmpty()) {
            return false;
        }
        if (line != pageLines.get(0) && line != pageLines.get(pageLines.size() - 1)) {
            return false;
        }
        String k = key(line, pageHeight);
        return k != null && running.contains(k);
    }

    private static String key(TextLine l, double pageHeight) {
        String end;
        if (l.bottom() < pageHeight * MARGIN) {
            end = "top:";
        } else if (l.top() > pageHeight * (1 - MARGIN)) {
            end = "bottom:";
        } else {
            return null;
        }
        String text = l.text().replaceAll("\\s+", "").replaceAll("\\d+", "#");
        return text.isEmpty() ? null : end + text;
    }
}
