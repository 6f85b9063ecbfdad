package org.jixiao.extract.pdf;

/**
 * A horizontal or vertical ruling line segment in points, origin top-left. For a horizontal line
 * {@code y1 == y2} and {@code x1 <= x2}; for a vertical one {@code x1 == x2} and {@code y1 <= y2}.
 */
public record Ruling(double x1, double y1, double x2, double y2) {
    public static Ruling horizontal(double y, double xa, double xb) {
        return new Ruling(Math.min(xa, xb), y, Math.max(xa, xb), y);
    }

    public static Ruling vertical(double x, double ya, double yb) {
        return new Ruling(x, Math.min(ya, yb), x, Math.max(ya, yb));
    }

    public boolean isHorizontal() {
        return y1 == y2 && x1 != x2;
    }

    public boolean isVertical() {
        return x1 == x2 && y1 != y2;
    }

    /** The length along the line. */
    public double length() {
        return Math.max(x2 - x1, y2 - y1);
    }

    /** y of a horizontal line, x of a vertical one. */
    public double position() {
        return isHorizontal() ? y1 : x1;
    }

    /** Start along the line: x1 for horizontal, y1 for vertical. */
    public double start() {
        return isHorizontal() ? x1 : y1;
    }

    /** End along the line: x2 for horizontal, y2 for vertical. */
    public double end() {
        return isHorizontal() ? x2 : y2;
    }
}
