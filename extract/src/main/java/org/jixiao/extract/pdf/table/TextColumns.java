package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.TextChar;
import org.jixiao.extract.pdf.text.LineBuilder;
import org.jixiao.extract.pdf.text.TextLine;

/**
 * The text columns of a page set in two or more columns (a spread, a two-column report): a gutter
 * that no line crosses from the top of the text to its bottom, with running prose on both sides. A
 * table's own gutters also run through all its lines, but they have short cells on each side, not
 * prose, so a page-wide table stays whole.
 */
final class TextColumns {
    /** The narrowest gutter between text columns (pt). */
    private static final double MIN_GUTTER = 12;
    /** A prose chunk fills this share of its column's width. */
    private static final double PROSE_FILL = 0.6;
    /** Prose chunks each side must have. */
    private static final int PROSE_LINES = 3;
    /** A prose chunk has at least this many characters. */
    private static final int PROSE_CHARS = 15;

    private final LineBuilder lineBuilder = new LineBuilder();
    private final TextChunks chunks;

    TextColumns(TextChunks chunks) {
        this.chunks = chunks;
    }

    /** The lines of each text column, left to right (one list holding all lines when there is one column). */
    List<List<TextLine>> split(List<TextLine> lines) {
        List<double[]> cols = columns(lines);
        if (cols.size() < 2) {
            return List.of(lines);
        }
        List<List<TextLine>> out = new ArrayList<>();
        for (double[] col : cols) {
            List<TextLine> part = new ArrayList<>();
            for (TextLine l : lines) {
                List<TextChar> in = l.chars().stream()
                        .filter(c -> c.centerX() >= col[0] && c.centerX() < col[1]).toList();
                if (in.size() == l.chars().size()) {
                    part.add(l);
                } else if (!in.isEmpty()) {
                    part.add(lineBuilder.line(in));
                }
            }
            out.add(part);
        }
        return out;
    }

    private List<double[]> columns(List<TextLine> lines) {
        if (lines.size() < 2 * PROSE_LINES) {
            return List.of();
        }
        double left = lines.stream().mapToDouble(TextLine::left).min().orElse(0);
        double right = lines.stream().mapToDouble(TextLine::right).max().orElse(0);
        int bins = (int) Math.ceil(right - left) + 1;
        boolean[] covered = new boolean[bins];
        List<TextChunks.Span> all = new ArrayList<>();
        for (TextLine l : lines) {
            for (TextChunks.Span c : chunks.spans(l)) {
                all.add(c);
                for (int i = (int) Math.floor(c.left() - left); i < Math.min(bins, Math.ceil(c.right() - left)); i++) {
                    covered[Math.max(0, i)] = true;
                }
            }
        }
        List<double[]> out = new ArrayList<>();
        double colLeft = left;
        int i = 0;
        while (i < bins) {
            if (covered[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < bins && !covered[j]) {
                j++;
            }
            double gapLeft = left + i;
            double gapRight = left + j;
            if (j < bins && gapRight - gapLeft >= MIN_GUTTER
                    && prose(all, colLeft, gapLeft)
                    && prose(all, gapRight, nextGutterOrRight(covered, j, left, right))) {
                out.add(new double[] {colLeft, (gapLeft + gapRight) / 2});
                colLeft = (gapLeft + gapRight) / 2;
            }
            i = j;
        }
        if (out.isEmpty()) {
            return out;
        }
        out.add(new double[] {colLeft, right + 1});
        return out;
    }

    /** The end of the text right of a gutter: the next gutter of MIN_GUTTER or the text's right edge. */
    private static double nextGutterOrRight(boolean[] covered, int from, double left, double right) {
        int i = from;
        while (i < covered.length) {
            if (!covered[i]) {
                int j = i;
                while (j < covered.length && !covered[j]) {
                    j++;
                }
                if (j - i >= MIN_GUTTER && j < covered.length) {
                    return left + i;
                }
                i = j;
            } else {
                i++;
            }
        }
        return right;
    }

    /** Running words, not figures: a long run of mostly letters (Chinese characters are letters). */
    private static boolean isWords(TextChunks.Span c) {
        return c.visible() >= PROSE_CHARS && c.letters() * 2 >= c.visible();
    }

    private static boolean prose(List<TextChunks.Span> all, double from, double to) {
        double width = to - from;
        int n = 0;
        for (TextChunks.Span c : all) {
            if (c.left() >= from - 1 && c.right() <= to + 1 && c.right() - c.left() >= PROSE_FILL * width
                    && isWords(c)) {
                n++;
            }
        }
        return n >= PROSE_LINES;
    }
}
