package org.jixiao.extract.pdf.text;

import java.util.List;

import org.jixiao.model.BBox;
import org.jixiao.model.Validate;

/**
 * Lines that form one paragraph, with their joined text and where each line sits in that text.
 *
 * @param lines the lines, top to bottom (across a page break when the paragraph runs on)
 * @param spans per line: its page and its character span in {@code text}
 * @param text  the lines joined (no separator between Chinese characters)
 * @param bbox  the box around the lines on the first page
 */
public record Paragraph(List<TextLine> lines, List<LineSpan> spans, String text, BBox bbox) {
    public Paragraph {
        lines = Validate.copy(lines);
        spans = Validate.copy(spans);
        Validate.isTrue(lines.size() == spans.size(), "one span per line");
        Validate.notNullParam(bbox, "bbox");
    }

    /** The page the paragraph starts on. */
    public int page() {
        return spans.get(0).page();
    }

    /**
     * One line's place in its paragraph.
     *
     * @param page  1-based page of the line
     * @param start offset of its first character in the paragraph text
     * @param end   offset after its last character
     */
    public record LineSpan(int page, int start, int end) {
    }
}
