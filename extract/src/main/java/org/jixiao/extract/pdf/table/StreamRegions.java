package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.PdfPage;
import org.jixiao.extract.pdf.Ruling;
import org.jixiao.extract.pdf.text.LineBuilder;
import org.jixiao.extract.pdf.text.TextLine;
import org.jixiao.model.BBox;

/**
 * Where unruled tables may be on a page: between horizontal rules of equal extent that no vertical
 * line crosses (a table with only horizontal rules), and runs of at least three consecutive text
 * lines that each break into several chunks at wide gaps.
 */
final class StreamRegions {
    /** A gap of this many font sizes within a line suggests columns. */
    private static final double COLUMN_GAP = 1.5;
    private static final int MIN_LINES = 3;
    /** Single-chunk lines (wrapped cells) a run may take in before its next multi-chunk line. */
    private static final int MAX_WRAPPED = 2;

    private final LineBuilder lineBuilder = new LineBuilder();
    private final TextChunks wide = new TextChunks(COLUMN_GAP);
    private final RulingMerger merger = new RulingMerger();
    private final TextColumns textColumns = new TextColumns(wide);

    List<BBox> find(PdfPage page) {
        List<TextLine> lines = lineBuilder.lines(page.chars());
        List<BBox> out = new ArrayList<>();
        for (BBox ruled : ruledOnlyHorizontally(page)) {
            out.add(widen(ruled, lines));
        }
        for (List<TextLine> column : textColumns.split(lines)) {
            runs(column, out);
        }
        return out;
    }

    /** Runs of lines that break into chunks, each run a region. */
    private void runs(List<TextLine> lines, List<BBox> out) {
        List<TextLine> run = new ArrayList<>();
        List<TextLine> pending = new ArrayList<>();
        for (TextLine l : lines) {
            boolean multi = wide.spans(l).size() >= 2;
            TextLine last = run.isEmpty() ? null : run.get(run.size() - 1);
            TextLine above = pending.isEmpty() ? last : pending.get(pending.size() - 1);
            boolean close = last != null && l.top() - above.bottom() < 3 * Math.max(1, l.fontSize());
            if (multi && (run.isEmpty() || close && pending.size() <= MAX_WRAPPED)) {
                // a wrapped cell's second line has a single chunk: it belongs to the run it sits in
                run.addAll(pending);
                pending.clear();
                run.add(l);
            } else if (!multi && last != null && pending.size() < MAX_WRAPPED && narrow(l, run)
                    && l.top() - (pending.isEmpty() ? last : pending.get(pending.size() - 1)).bottom()
                            < 1.5 * Math.max(1, l.fontSize())) {
                pending.add(l);
            } else {
                addRun(out, run);
                run = new ArrayList<>();
                pending.clear();
                if (multi) {
                    run.add(l);
                }
            }
        }
        addRun(out, run);
    }

    /**
     * Rules often stop short of the row labels (they underline the figures only): the region takes in
     * the whole width of the text lines that run through it.
     */
    private static BBox widen(BBox region, List<TextLine> lines) {
        double left = region.left();
        double right = region.right();
        for (TextLine l : lines) {
            double y = (l.top() + l.bottom()) / 2;
            if (y > region.top() && y < region.bottom() && l.right() > region.left() && l.left() < region.right()) {
                left = Math.min(left, l.left());
                right = Math.max(right, l.right());
            }
        }
        return new BBox(region.top(), left, region.bottom(), right);
    }

    /** A line narrower than half the run: a wrapped cell, not a paragraph line running across the table. */
    private static boolean narrow(TextLine l, List<TextLine> run) {
        double left = run.stream().mapToDouble(TextLine::left).min().orElse(l.left());
        double right = run.stream().mapToDouble(TextLine::right).max().orElse(l.right());
        return l.right() - l.left() < 0.5 * (right - left);
    }

    private static void addRun(List<BBox> out, List<TextLine> run) {
        if (run.size() < MIN_LINES) {
            return;
        }
        double top = run.get(0).top();
        double bottom = run.get(run.size() - 1).bottom();
        double left = run.stream().mapToDouble(TextLine::left).min().orElse(0);
        double right = run.stream().mapToDouble(TextLine::right).max().orElse(0);
        BBox box = new BBox(top, left, bottom, right);
        if (out.stream().noneMatch(b -> b.top() < box.bottom() && box.top() < b.bottom()
                && b.left() < box.right() && box.left() < b.right())) {
            out.add(box);
        }
    }

    /** Regions between the first and last of two or more horizontal rules with the same ends and no verticals. */
    private List<BBox> ruledOnlyHorizontally(PdfPage page) {
        List<Ruling> lines = merger.merge(page.rulings());
        List<Ruling> vertical = lines.stream().filter(Ruling::isVertical).toList();
        List<Ruling> free = new ArrayList<>();
        for (Ruling h : lines) {
            if (h.isHorizontal() && h.length() >= 100
                    && vertical.stream().noneMatch(v -> RulingGroups.touch(h, v, merger.snap()))) {
                free.add(h);
            }
        }
        free.sort(java.util.Comparator.comparingDouble(Ruling::y1));
        List<BBox> out = new ArrayList<>();
        boolean[] used = new boolean[free.size()];
        for (int i = 0; i < free.size(); i++) {
            if (used[i]) {
                continue;
            }
            Ruling a = free.get(i);
            Ruling last = null;
            for (int j = i + 1; j < free.size(); j++) {
                Ruling b = free.get(j);
                if (!used[j] && Math.abs(a.x1() - b.x1()) <= 5 && Math.abs(a.x2() - b.x2()) <= 5) {
                    used[j] = true;
                    last = b;
                }
            }
            if (last != null) {
                out.add(new BBox(a.y1(), a.x1(), last.y1(), a.x2()));
            }
        }
        return out;
    }
}
