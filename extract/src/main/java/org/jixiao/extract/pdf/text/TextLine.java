package org.jixiao.extract.pdf.text;

import java.util.List;

import org.jixiao.extract.pdf.TextChar;
import org.jixiao.model.BBox;
import org.jixiao.model.Validate;

/**
 * Glyphs sharing a baseline band, left to right, with the text they spell.
 *
 * @param chars    the glyphs, sorted by left edge
 * @param text     the line's text (spaces only where the gap or the script asks for one)
 * @param bbox     the box around the glyphs
 * @param fontSize the most common font size on the line
 */
public record TextLine(List<TextChar> chars, String text, BBox bbox, double fontSize) {
    public TextLine {
        chars = Validate.copy(chars);
        Validate.notNullParam(bbox, "bbox");
    }

    public double top() {
        return bbox.top();
    }

    public double bottom() {
        return bbox.bottom();
    }

    public double left() {
        return bbox.left();
    }

    public double right() {
        return bbox.right();
    }
}
