package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.TextChar;
import org.jixiao.extract.pdf.text.Scripts;
import org.jixiao.extract.pdf.text.TextLine;

/**
 * Column boundaries inside a column found from wide gaps, where two columns are set closer than a
 * chunk gap (a code right after a right-aligned number: {@code 648765 AAA}). A boundary is a gap
 * between words that no body row crosses, wider than the rows' own word spaces, with one of its
 * edges aligned (most rows start a word at its right end, or end one at its left end) and text on
 * both sides in most rows. Chinese runs are never split (their glyph spacing is not a word space).
 */
final class WordGutters {
    private static final double BIN = 0.25;
    /** Glyph gaps wider than this many font sizes separate words. */
    private static final double WORD = 0.1;
    /** Glyph gaps narrower than this many font sizes are word spaces, not layout. */
    private static final double CHUNK = 0.8;
    private static final double ALIGNED_ROWS = 0.7;
    private static final double FILLED_ROWS = 0.5;
    private static final double EDGE = 1.0;

    List<Double> refine(List<Double> xs, List<TextLine> body, double size) {
        if (body.size() < 3) {
            return xs;
        }
        double minGap = Math.max(1.1 * wordSpace(body, size), 0.2 * size);
        List<Double> out = new ArrayList<>();
        out.add(xs.get(0));
        for (int i = 0; i + 1 < xs.size(); i++) {
            out.addAll(inside(xs.get(i), xs.get(i + 1), body, size, minGap));
            out.add(xs.get(i + 1));
        }
        return out;
    }

    private List<Double> inside(double lo, double hi, List<TextLine> body, double size, double minGap) {
        List<List<double[]>> words = new ArrayList<>();
        for (TextLine l : body) {
            words.add(words(l, lo, hi, size));
        }
        int bins = (int) Math.ceil((hi - lo) / BIN);
        if (bins < 3) {
            return List.of();
        }
        int[] cover = new int[bins];
        for (List<double[]> ws : words) {
            for (double[] w : ws) {
                int end = (int) Math.min(bins, Math.ceil((w[1] - lo) / BIN));
                for (int b = Math.max(0, (int) ((w[0] - lo) / BIN)); b < end; b++) {
                    cover[b]++;
                }
            }
        }
        // a header line among many body rows may cross the gap
        int allowed = body.size() / 20;
        List<Double> out = new ArrayList<>();
        int i = 0;
        while (i < bins) {
            if (cover[i] > allowed) {
                i++;
                continue;
            }
            int j = i;
            while (j < bins && cover[j] <= allowed) {
                j++;
            }
            double a = lo + i * BIN;
            double b = lo + j * BIN;
            if (i > 0 && j < bins && b - a >= minGap && isBoundary(words, a, b)) {
                out.add((a + b) / 2);
            }
            i = j;
        }
        return out;
    }

    private static boolean isBoundary(List<List<double[]>> words, double a, double b) {
        int rows = 0;
        int starts = 0;
        int ends = 0;
        int both = 0;
        for (List<double[]> ws : words) {
            if (ws.isEmpty()) {
                continue;
            }
            rows++;
            boolean left = ws.stream().anyMatch(w -> w[1] <= a + BIN);
            boolean right = ws.stream().anyMatch(w -> w[0] >= b - BIN);
            both += left && right ? 1 : 0;
            starts += ws.stream().anyMatch(w -> Math.abs(w[0] - b) <= EDGE) ? 1 : 0;
            ends += ws.stream().anyMatch(w -> Math.abs(w[1] - a) <= EDGE) ? 1 : 0;
        }
        return rows >= 3 && both >= FILLED_ROWS * rows && Math.max(starts, ends) >= ALIGNED_ROWS * rows;
    }

    /** The line's words inside [lo, hi] as x extents; a Chinese run stays one word. */
    private static List<double[]> words(TextLine l, double lo, double hi, double size) {
        List<double[]> out = new ArrayList<>();
        double[] cur = null;
        TextChar prev = null;
        for (TextChar c : l.chars()) {
            if (c.centerX() < lo || c.centerX() >= hi) {
                continue;
            }
            boolean cjk = prev != null
                    && (Scripts.isCjk(prev.text().codePointAt(0)) || Scripts.isCjk(c.text().codePointAt(0)));
            if (cur == null || c.left() - prev.right() > WORD * size && !cjk) {
                cur = new double[] {c.left(), c.right()};
                out.add(cur);
            } else {
                cur[1] = Math.max(cur[1], c.right());
            }
            prev = c;
        }
        return out;
    }

    /** The median word space of the rows (gaps between words of one chunk). */
    private static double wordSpace(List<TextLine> body, double size) {
        List<Double> gaps = new ArrayList<>();
        for (TextLine l : body) {
            TextChar prev = null;
            for (TextChar c : l.chars()) {
                double g = prev == null ? 0 : c.left() - prev.right();
                if (g > WORD * size && g < CHUNK * size) {
                    gaps.add(g);
                }
                prev = c;
            }
        }
        if (gaps.isEmpty()) {
            return 0.25 * size;
        }
        double[] v = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[v.length / 2];
    }
}
