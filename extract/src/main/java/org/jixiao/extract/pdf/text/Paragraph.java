package org.jixiao.extract.pdf.text;

import java.util.List;

import org.jixiao.model.BBox;
import org.jixiao.model.Validate;

/**
 * Lines that form one paragraph, with their joined text.
 *
 * @param lines the lines, top to bottom
 * @param text  the lines joined (no separator between Chinese characters)
 * @param bbox  the box around the lines
 */
public record Paragraph(List<TextLine> lines, String text, BBox bbox) {
    public Paragraph {
        lines = Validate.copy(lines);
        Validate.notNullParam(bbox, "bbox");
    }
}
