package org.jixiao.extract.pdf.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.extract.pdf.TextChar;
import org.jixiao.model.BBox;

/**
 * Groups glyphs into lines (vertical centres within half a glyph height of each other) and spells
 * each line: a space where the gap between two glyphs is wider than a fraction of the font size,
 * never between two Chinese characters unless the gap is wide enough to be a column break.
 */
public final class LineBuilder {
    /** Gap (in font sizes) that separates two Latin words. */
    private static final double WORD_GAP = 0.2;
    /** Gap (in font sizes) that separates two Chinese runs (a layout gap, not a word space). */
    private static final double CJK_GAP = 1.5;

    public List<TextLine> lines(List<TextChar> chars) {
        List<TextChar> upright = new ArrayList<>();
        Map<Integer, List<TextChar>> turned = new HashMap<>();
        for (TextChar c : chars) {
            if (!c.isBlank()) {
                (c.turn() == 0 ? upright : turned.computeIfAbsent(c.turn(), k -> new ArrayList<>())).add(c);
            }
        }
        List<TextLine> out = new ArrayList<>();
        for (List<TextChar> g : groups(upright)) {
            out.add(line(g));
        }
        // turned glyphs (a vertical header) are grouped in the frame where they read left to right
        for (List<TextChar> t : turned.values()) {
            Map<TextChar, TextChar> original = new java.util.IdentityHashMap<>();
            List<TextChar> turnedUp = new ArrayList<>(t.size());
            for (TextChar c : t) {
                TextChar u = c.upright();
                original.put(u, c);
                turnedUp.add(u);
            }
            for (List<TextChar> g : groups(turnedUp)) {
                out.add(line(g.stream().map(original::get).toList()));
            }
        }
        out.sort(Comparator.comparingDouble(TextLine::top).thenComparingDouble(TextLine::left));
        return out;
    }

    private static List<List<TextChar>> groups(List<TextChar> chars) {
        List<TextChar> sorted = new ArrayList<>(chars);
        sorted.sort(Comparator.comparingDouble(TextChar::centerY).thenComparingDouble(TextChar::left));
        List<List<TextChar>> groups = new ArrayList<>();
        List<TextChar> cur = null;
        double curCenter = 0;
        double curHeight = 0;
        for (TextChar c : sorted) {
            if (cur != null && Math.abs(c.centerY() - curCenter) <= Math.min(curHeight, c.height()) * 0.5) {
                cur.add(c);
                curCenter = (curCenter * (cur.size() - 1) + c.centerY()) / cur.size();
                curHeight = Math.max(curHeight, c.height());
            } else {
                cur = new ArrayList<>();
                cur.add(c);
                groups.add(cur);
                curCenter = c.centerY();
                curHeight = c.height();
            }
        }
        return groups;
    }

    /** Builds one line from glyphs already known to share a baseline band. */
    public TextLine line(List<TextChar> glyphs) {
        List<TextChar> g = new ArrayList<>(glyphs);
        int turn = g.isEmpty() ? 0 : g.get(0).turn();
        if (turn != 0 && g.stream().allMatch(c -> c.turn() == turn)) {
            return turnedLine(g);
        }
        g.sort(Comparator.comparingDouble(TextChar::left));
        StringBuilder sb = new StringBuilder();
        double top = Double.MAX_VALUE;
        double left = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        TextChar prev = null;
        for (TextChar c : g) {
            if (prev != null && needsSpace(prev, c)) {
                sb.append(' ');
            }
            sb.append(c.text());
            top = Math.min(top, c.top());
            left = Math.min(left, c.left());
            bottom = Math.max(bottom, c.bottom());
            right = Math.max(right, c.right());
            prev = c;
        }
        return new TextLine(g, sb.toString(), new BBox(top, left, bottom, right), commonSize(g));
    }

    /** A line of turned glyphs: spelled in reading order, its box on the page, its glyphs in reading order. */
    private TextLine turnedLine(List<TextChar> glyphs) {
        Map<TextChar, TextChar> original = new java.util.IdentityHashMap<>();
        List<TextChar> up = new ArrayList<>(glyphs.size());
        for (TextChar c : glyphs) {
            TextChar u = c.upright();
            original.put(u, c);
            up.add(u);
        }
        TextLine read = line(up);
        double top = Double.MAX_VALUE;
        double left = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (TextChar c : glyphs) {
            top = Math.min(top, c.top());
            left = Math.min(left, c.left());
            bottom = Math.max(bottom, c.bottom());
            right = Math.max(right, c.right());
        }
        return new TextLine(read.chars().stream().map(original::get).toList(), read.text(),
                new BBox(top, left, bottom, right), read.fontSize());
    }

    /** Spells glyphs that may span several lines (a table cell): lines joined without a separator for Chinese. */
    public String spell(List<TextChar> glyphs) {
        String text = "";
        for (TextLine l : lines(glyphs)) {
            text = Scripts.join(text, l.text(), " ");
        }
        return text;
    }

    private static boolean needsSpace(TextChar a, TextChar b) {
        double gap = b.left() - a.right();
        double size = Math.max(1, Math.min(a.fontSize(), b.fontSize()));
        int last = a.text().codePointBefore(a.text().length());
        int first = b.text().codePointAt(0);
        if (Scripts.isCjk(last) || Scripts.isCjk(first)) {
            return gap > CJK_GAP * size;
        }
        return gap > WORD_GAP * size;
    }

    private static double commonSize(List<TextChar> g) {
        Map<Long, Integer> counts = new HashMap<>();
        long best = 0;
        int bestCount = 0;
        for (TextChar c : g) {
            long k = Math.round(c.fontSize() * 2);
            int n = counts.merge(k, 1, Integer::sum);
            if (n > bestCount) {
                bestCount = n;
                best = k;
            }
        }
        return best / 2.0;
    }
}
