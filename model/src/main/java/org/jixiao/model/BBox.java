package org.jixiao.model;

/** A rectangle on a PDF page in points, origin top-left (the convention of tabula-java). */
public record BBox(double top, double left, double bottom, double right) {
    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }
}
