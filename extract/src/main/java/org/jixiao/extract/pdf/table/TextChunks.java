package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.TextChar;
import org.jixiao.extract.pdf.text.LineBuilder;
import org.jixiao.extract.pdf.text.TextLine;
import org.jixiao.model.BBox;

/**
 * Splits a text line into chunks at gaps wider than a word space: the pieces that can sit in
 * different columns (tabula's TextChunk).
 */
final class TextChunks {
    /** A gap wider than this many font sizes ends a chunk. */
    private final double gap;
    private final LineBuilder lineBuilder = new LineBuilder();

    TextChunks(double gap) {
        this.gap = gap;
    }

    /** A run of glyphs on one line with its box and spelled text. */
    record Chunk(List<TextChar> chars, BBox box, String text) {
        double left() {
            return box.left();
        }

        double right() {
            return box.right();
        }
    }

    /**
     * The chunks' extents and letter counts without spelling them (region finding looks at every
     * line of the page and needs no text).
     */
    record Span(double left, double right, int visible, int letters) {
    }

    List<Span> spans(TextLine line) {
        List<Span> out = new ArrayList<>();
        double left = 0;
        double right = 0;
        int visible = 0;
        int letters = 0;
        TextChar prev = null;
        for (TextChar c : line.chars()) {
            double size = Math.max(1, Math.min(c.fontSize(), prev == null ? c.fontSize() : prev.fontSize()));
            if (prev == null || c.left() - prev.right() > gap * size) {
                if (prev != null) {
                    out.add(new Span(left, right, visible, letters));
                }
                left = c.left();
                right = c.right();
                visible = 0;
                letters = 0;
            }
            left = Math.min(left, c.left());
            right = Math.max(right, c.right());
            String t = c.text();
            for (int k = 0; k < t.length(); k += Character.charCount(t.codePointAt(k))) {
                visible++;
                letters += Character.isLetter(t.codePointAt(k)) ? 1 : 0;
            }
            prev = c;
        }
        if (prev != null) {
            out.add(new Span(left, right, visible, letters));
        }
        return out;
    }

    List<Chunk> split(TextLine line) {
        List<Chunk> out = new ArrayList<>();
        List<TextChar> cur = new ArrayList<>();
        TextChar prev = null;
        for (TextChar c : line.chars()) {
            double size = Math.max(1, Math.min(c.fontSize(), prev == null ? c.fontSize() : prev.fontSize()));
            if (prev != null && c.left() - prev.right() > gap * size) {
                out.add(chunk(cur));
                cur = new ArrayList<>();
            }
            cur.add(c);
            prev = c;
        }
        if (!cur.isEmpty()) {
            out.add(chunk(cur));
        }
        return out;
    }

    /**
     * The chunk cut where a column boundary falls in a word space between two of its glyphs: the
     * words of a header line set closer than the chunk gap, each above its own column.
     */
    List<Chunk> cut(Chunk c, List<Double> xs) {
        List<Chunk> out = new ArrayList<>();
        List<TextChar> cur = new ArrayList<>();
        TextChar prev = null;
        for (TextChar ch : c.chars()) {
            if (prev != null && ch.turn() == 0 && ch.left() - prev.right() > SPACE * Math.max(1, ch.fontSize())
                    && boundaryBetween(xs, prev.right(), ch.left())) {
                out.add(chunk(cur));
                cur = new ArrayList<>();
            }
            cur.add(ch);
            prev = ch;
        }
        if (out.isEmpty()) {
            return List.of(c);
        }
        out.add(chunk(cur));
        return out;
    }

    /** A word space, in font sizes. */
    private static final double SPACE = 0.15;

    private static boolean boundaryBetween(List<Double> xs, double a, double b) {
        for (int i = 1; i < xs.size() - 1; i++) {
            if (xs.get(i) >= a - 0.5 && xs.get(i) <= b + 0.5) {
                return true;
            }
        }
        return false;
    }

    private Chunk chunk(List<TextChar> chars) {
        TextLine l = lineBuilder.line(chars);
        return new Chunk(List.copyOf(chars), l.bbox(), l.text());
    }
}
