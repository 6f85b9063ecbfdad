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
 */
public record TextChar(String text, double left, double top, double width, double height, double fontSize,
                       double confidence) {
    /** A glyph printed as text. */
    public TextChar(String text, double left, double top, double width, double height, double fontSize) {
        this(text, left, top, width, height, fontSize, Double.NaN);
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
