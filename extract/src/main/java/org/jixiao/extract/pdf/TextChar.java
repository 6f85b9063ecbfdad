package org.jixiao.extract.pdf;

/**
 * One glyph on a page with its box in points, origin top-left (tabula-java's convention).
 *
 * @param text     the Unicode text of the glyph (usually one character)
 * @param left     left edge
 * @param top      top edge
 * @param width    advance width
 * @param height   glyph height
 * @param fontSize font size in points (used for gap thresholds)
 * @param confidence for a glyph read by OCR the recognizer's confidence in its word (0–100), else NaN
 * @param turn     quarter turns clockwise of the glyph's writing direction against the page's (0 upright;
 *                 1 reads downwards, 3 upwards: a vertical header or a margin note on an upright page)
 */
public record TextChar(String text, double left, double top, double width, double height, double fontSize,
                       double confidence, int turn) {
    public TextChar {
        turn = Math.floorMod(turn, 4);
    }

    /** A glyph printed as text. */
    public TextChar(String text, double left, double top, double width, double height, double fontSize) {
        this(text, left, top, width, height, fontSize, Double.NaN, 0);
    }

    /** An upright glyph, read by OCR when {@code confidence} is a number. */
    public TextChar(String text, double left, double top, double width, double height, double fontSize,
                    double confidence) {
        this(text, left, top, width, height, fontSize, confidence, 0);
    }

    /**
     * The glyph turned back upright about the origin (its box in a frame where it reads left to right),
     * so turned text can be grouped into lines and spelled like upright text.
     */
    public TextChar upright() {
        if (turn == 0) {
            return this;
        }
        double[] a = Turns.rotate(turn, left, top);
        double[] b = Turns.rotate(turn, left + width, top + height);
        return new TextChar(text, Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]),
                Math.abs(a[1] - b[1]), fontSize, confidence, 0);
    }

    /** True for a glyph read by OCR. */
    public boolean isOcr() {
        return !Double.isNaN(confidence);
    }
    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    public double centerX() {
        return left + width / 2;
    }

    public double centerY() {
        return top + height / 2;
    }

    /** True for whitespace glyphs (no-break and ideographic spaces too), which only separate words. */
    public boolean isBlank() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
