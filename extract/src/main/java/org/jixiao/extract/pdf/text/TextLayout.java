package org.jixiao.extract.pdf.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a document's running text looks like, measured on all its lines: the body font size, the
 * usual distance from one baseline to the next for each font size (the leading, which varies by
 * producer: WPS and Word set 28–30 pt for 16 pt text, Excel and Distiller much less), and the
 * body's left and right margins for each page width. Glyph heights are not used: CJK fonts report
 * them so unreliably that a gap between glyph boxes says little about paragraph spacing.
 */
public final class TextLayout {
    private final double bodySize;
    private final Map<Long, Double> pitchBySize;
    private final Map<Long, double[]> marginsByWidth;
    private final boolean indentsFirstLines;

    private TextLayout(double bodySize, Map<Long, Double> pitchBySize, Map<Long, double[]> marginsByWidth,
                       boolean indentsFirstLines) {
        this.bodySize = bodySize;
        this.pitchBySize = pitchBySize;
        this.marginsByWidth = marginsByWidth;
        this.indentsFirstLines = indentsFirstLines;
    }

    /** Measures lines given page by page (each page's lines top to bottom) with each page's width. */
    public static TextLayout measure(List<List<TextLine>> pages, List<Double> pageWidths) {
        Map<Long, Integer> sizeChars = new HashMap<>();
        Map<Long, Map<Long, Integer>> pitches = new HashMap<>();
        Map<Long, List<Double>> lefts = new HashMap<>();
        Map<Long, List<Double>> rights = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            long width = Math.round(pageWidths.get(p));
            TextLine prev = null;
            for (TextLine l : pages.get(p)) {
                sizeChars.merge(key(l.fontSize()), l.chars().size(), Integer::sum);
                if (l.chars().size() >= 8) {
                    lefts.computeIfAbsent(width, k -> new ArrayList<>()).add(l.left());
                    rights.computeIfAbsent(width, k -> new ArrayList<>()).add(l.right());
                }
                if (prev != null && sameSize(prev, l) && overlapsHorizontally(prev, l)) {
                    double pitch = l.top() - prev.top();
                    if (pitch > 0.5 * l.fontSize() && pitch < 3 * l.fontSize()) {
                        pitches.computeIfAbsent(key(l.fontSize()), k -> new HashMap<>())
                                .merge(Math.round(pitch * 2), 1, Integer::sum);
                    }
                }
                prev = l;
            }
        }
        long body = mode(sizeChars);
        Map<Long, Double> pitchBySize = new HashMap<>();
        pitches.forEach((size, counts) -> pitchBySize.put(size, mode(counts) / 2.0));
        Map<Long, double[]> margins = new HashMap<>();
        lefts.forEach((w, ls) -> margins.put(w, new double[] {mostCommonEdge(ls, false),
                mostCommonEdge(rights.get(w), true)}));
        TextLayout partial = new TextLayout(body / 2.0, pitchBySize, margins, false);
        return new TextLayout(body / 2.0, pitchBySize, margins, partial.countIndented(pages, pageWidths));
    }

    /** The font size most of the text is set in. */
    public double bodySize() {
        return bodySize;
    }

    /** The usual baseline-to-baseline distance of lines of this size inside a paragraph, or NaN. */
    public double pitch(double fontSize) {
        Double p = pitchBySize.get(key(fontSize));
        return p == null ? Double.NaN : p;
    }

    /** The left edge of body text on pages of this width (continuation lines start there), or NaN. */
    public double left(double pageWidth) {
        double[] m = marginsByWidth.get(Math.round(pageWidth));
        return m == null ? Double.NaN : m[0];
    }

    /** The right edge that full lines reach on pages of this width, or NaN. */
    public double right(double pageWidth) {
        double[] m = marginsByWidth.get(Math.round(pageWidth));
        return m == null ? Double.NaN : m[1];
    }

    /** True when the document marks new paragraphs by indenting their first line. */
    public boolean indentsFirstLines() {
        return indentsFirstLines;
    }

    private boolean countIndented(List<List<TextLine>> pages, List<Double> pageWidths) {
        int indented = 0;
        int lines = 0;
        for (int p = 0; p < pages.size(); p++) {
            double left = left(pageWidths.get(p));
            for (TextLine l : pages.get(p)) {
                if (Double.isNaN(left) || l.chars().size() < 8) {
                    continue;
                }
                lines++;
                double indent = (l.left() - left) / Math.max(1, l.fontSize());
                if (indent > 1.5 && indent < 4.5) {
                    indented++;
                }
            }
        }
        return lines > 0 && indented >= Math.max(2, lines / 20);
    }

    private static long key(double fontSize) {
        return Math.round(fontSize * 2);
    }

    private static boolean sameSize(TextLine a, TextLine b) {
        return Math.abs(a.fontSize() - b.fontSize()) <= 0.15 * Math.max(1, a.fontSize());
    }

    private static boolean overlapsHorizontally(TextLine a, TextLine b) {
        return Math.min(a.right(), b.right()) > Math.max(a.left(), b.left());
    }

    private static long mode(Map<Long, Integer> counts) {
        long best = 0;
        int bestCount = -1;
        for (Map.Entry<Long, Integer> e : new TreeMap<>(counts).entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /**
     * The outermost edge that many lines share (4 pt bins, at least a third as populated as the
     * commonest): on the left, where continuation lines start (first lines are indented); on the
     * right, where the fullest lines end (ragged Chinese lines stop a glyph short).
     */
    private static double mostCommonEdge(List<Double> edges, boolean right) {
        Map<Long, Integer> bins = new HashMap<>();
        for (double e : edges) {
            bins.merge(Math.round(e / 4), 1, Integer::sum);
        }
        long bin = mode(bins);
        int top = bins.get(bin);
        TreeMap<Long, Integer> sorted = new TreeMap<>(bins);
        for (Map.Entry<Long, Integer> e : (right ? sorted.descendingMap() : sorted).entrySet()) {
            if (e.getValue() * 3 >= top) {
                bin = e.getKey();
                break;
            }
        }
        long chosen = bin;
        double best = right ? -Double.MAX_VALUE : Double.MAX_VALUE;
        for (double e : edges) {
            if (Math.round(e / 4) == chosen) {
                best = right ? Math.max(best, e) : Math.min(best, e);
            }
        }
        return best;
    }
}
