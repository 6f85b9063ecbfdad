package org.jixiao.extract.pdf.table;

import java.util.List;

import org.jixiao.extract.pdf.TextChar;
import org.jixiao.extract.pdf.text.LineBuilder;
import org.jixiao.model.BBox;

/** The text of one cell from the glyphs inside it: wrapped lines joined, no spaces between Chinese characters. */
final class CellText {
    private final LineBuilder lines = new LineBuilder();

    String text(List<TextChar> glyphs, BBox cell) {
        if (glyphs.isEmpty()) {
            return "";
        }
        return lines.spell(glyphs).trim();
    }
}
