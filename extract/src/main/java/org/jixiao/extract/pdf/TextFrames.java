package org.jixiao.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a page's glyphs and ruling lines into one frame, that of its most common writing direction.
 * PDFBox gives each glyph in the frame where its own text reads left to right, and the rulings as
 * displayed; a table printed sideways on an upright page (or an upright page given a /Rotate) would
 * otherwise have its text and its lines in different frames, and a vertical header's glyphs would
 * land at made-up places among the upright text.
 */
final class TextFrames {
    /** The page in its reading frame. */
    record Framed(double width, double height, List<TextChar> chars, List<Ruling> rulings) {
    }

    private TextFrames() {
    }

    /**
     * The writing direction of a glyph: the quarter turn whose frame maps its displayed position
     * (x, y) to its direction-adjusted one (xd, yd), on a displayed page {@code dw} by {@code dh}.
     */
    static int turnOf(double x, double y, double xd, double yd, double dw, double dh) {
        // the four frames of toFrame, written out: this runs once per glyph
        double[] err = {Math.abs(x - xd) + Math.abs(y - yd), Math.abs(y - xd) + Math.abs(dw - x - yd),
            Math.abs(dw - x - xd) + Math.abs(dh - y - yd), Math.abs(dh - y - xd) + Math.abs(x - yd)};
        int best = 0;
        for (int q = 1; q < 4; q++) {
            if (err[q] < err[best] - 1e-6) {
                best = q;
            }
        }
        return best;
    }

    /**
     * @param raw     glyphs, each in the frame of its own writing direction ({@link TextChar#turn})
     * @param rulings rulings as displayed
     * @param dw      displayed page width
     * @param dh      displayed page height
     */
    static Framed frame(List<TextChar> raw, List<Ruling> rulings, double dw, double dh) {
        int[] count = new int[4];
        for (TextChar c : raw) {
            if (!c.isBlank()) {
                count[c.turn()]++;
            }
        }
        int q = 0;
        for (int t = 1; t < 4; t++) {
            if (count[t] > count[q]) {
                q = t;
            }
        }
        if (q == 0 && count[1] + count[2] + count[3] == 0) {
            return new Framed(dw, dh, raw, rulings);
        }
        List<TextChar> chars = new ArrayList<>(raw.size());
        for (TextChar c : raw) {
            chars.add(c.turn() == q ? new TextChar(c.text(), c.left(), c.top(), c.width(), c.height(), c.fontSize(),
                    c.confidence(), 0) : reframe(c, q, dw, dh));
        }
        List<Ruling> rs = new ArrayList<>(rulings.size());
        for (Ruling r : rulings) {
            double[] a = toFrame(q, r.x1(), r.y1(), dw, dh);
            double[] b = toFrame(q, r.x2(), r.y2(), dw, dh);
            boolean horizontal = Math.abs(a[1] - b[1]) < 1e-6;
            rs.add(horizontal ? Ruling.horizontal(a[1], a[0], b[0]) : Ruling.vertical(a[0], a[1], b[1]));
        }
        boolean sideways = q % 2 == 1;
        return new Framed(sideways ? dh : dw, sideways ? dw : dh, chars, rs);
    }

    /** A glyph of another writing direction, its box moved into frame {@code q}, turned against it. */
    private static TextChar reframe(TextChar c, int q, double dw, double dh) {
        double[] a = toFrame(q, fromFrame(c.turn(), c.left(), c.top(), dw, dh), dw, dh);
        double[] b = toFrame(q, fromFrame(c.turn(), c.right(), c.bottom(), dw, dh), dw, dh);
        return new TextChar(c.text(), Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]),
                Math.abs(a[1] - b[1]), c.fontSize(), c.confidence(), c.turn() - q);
    }

    /** Displayed (x, y) in the frame of writing direction q. */
    static double[] toFrame(int q, double x, double y, double dw, double dh) {
        double[] p = Turns.rotate(q, x, y);
        double[] o = offset(q, dw, dh);
        return new double[] {p[0] + o[0], p[1] + o[1]};
    }

    private static double[] toFrame(int q, double[] p, double dw, double dh) {
        return toFrame(q, p[0], p[1], dw, dh);
    }

    /** The displayed point of (x, y) in the frame of writing direction q. */
    static double[] fromFrame(int q, double x, double y, double dw, double dh) {
        double[] o = offset(q, dw, dh);
        return Turns.unrotate(q, x - o[0], y - o[1]);
    }

    /** Where the displayed page's corner lands, so the frame starts at (0, 0). */
    private static double[] offset(int q, double dw, double dh) {
        return switch (q) {
            case 1 -> new double[] {0, dw};
            case 2 -> new double[] {dw, dh};
            case 3 -> new double[] {dh, 0};
            default -> new double[] {0, 0};
        };
    }
}
