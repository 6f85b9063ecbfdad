package org.jixiao.extract.pdf;

import java.util.List;

import org.jixiao.model.Validate;

/**
 * What the recognizers see of one page: characters with positions and ruling lines, in points with
 * the origin top-left of the page as displayed (rotation applied), turned so that most of its text
 * reads left to right (a table printed sideways is read upright; {@link TextChar#turn} marks the rest).
 *
 * @param number  1-based page number
 * @param width   width in that frame
 * @param height  height in that frame
 * @param chars   the glyphs in content order
 * @param rulings horizontal and vertical ruling segments as drawn (not yet merged)
 */
public record PdfPage(int number, double width, double height, List<TextChar> chars, List<Ruling> rulings) {
    public PdfPage {
        Validate.isTrue(number >= 1, "page number must be >= 1");
        chars = Validate.copy(chars);
        rulings = Validate.copy(rulings);
    }

    /** The part of the page inside an area (top, left, bottom, right): chars by centre, rulings clipped. */
    public PdfPage crop(double top, double left, double bottom, double right) {
        List<TextChar> in = chars.stream()
                .filter(c -> c.centerX() >= left && c.centerX() <= right && c.centerY() >= top && c.centerY() <= bottom)
                .toList();
        List<Ruling> rs = new java.util.ArrayList<>();
        for (Ruling r : rulings) {
            if (r.isHorizontal() && r.y1() >= top - 1 && r.y1() <= bottom + 1) {
                double a = Math.max(r.x1(), left);
                double b = Math.min(r.x2(), right);
                if (b > a) {
                    rs.add(Ruling.horizontal(r.y1(), a, b));
                }
            } else if (r.isVertical() && r.x1() >= left - 1 && r.x1() <= right + 1) {
                double a = Math.max(r.y1(), top);
                double b = Math.min(r.y2(), bottom);
                if (b > a) {
                    rs.add(Ruling.vertical(r.x1(), a, b));
                }
            }
        }
        return new PdfPage(number, width, height, in, rs);
    }
}
