package org.jixiao.model;

import java.util.List;

/**
 * One block in reading order.
 *
 * @param id          "b0", "b1", … in reading order
 * @param type        heading, paragraph or table
 * @param text        the text (for a table: its cells' text row by row, tab-separated)
 * @param level       heading level, or -1 for non-headings: 0 for 附件N, then 1, 2, … by the order in which
 *                    each numbering style (一、 / （一） / 1. / 1、 / （1） …) first appears in the document, so the
 *                    same report gives the same levels whether its top level prints as 一、 or 1、
 * @param number      the heading's printed number ("一、", "（二）", "附件3") or null
 * @param sectionPath the headings of the enclosing sections, outermost first (a heading's own title last)
 * @param tableId     the table's id for a TABLE block, else null
 * @param provenance  page and character offsets in the extracted text
 * @param lines       where the extractor knows printed lines (PDF): per line its page, box and character span
 *                    in {@code text}, so a figure in a paragraph running over a page break names its own page;
 *                    null otherwise (left out of the JSON)
 */
public record Block(String id, BlockType type, String text, int level, String number, List<String> sectionPath,
                    String tableId, Provenance provenance, List<Provenance> lines) {
    public Block {
        Validate.notNullParam(id, "id");
        Validate.notNullParam(type, "type");
        text = text == null ? "" : text;
        sectionPath = Validate.copy(sectionPath);
        lines = lines == null || lines.isEmpty() ? null : List.copyOf(lines);
    }

    /** A block without line positions. */
    public Block(String id, BlockType type, String text, int level, String number, List<String> sectionPath,
                 String tableId, Provenance provenance) {
        this(id, type, text, level, number, sectionPath, tableId, provenance, null);
    }

    /**
     * The provenance of the printed line holding offset {@code charAt} of the text (its page and box, and
     * for a line read by OCR its confidence),
     * or the block's own provenance when lines are not known.
     */
    public Provenance provenanceAt(int charAt) {
        if (lines != null) {
            for (Provenance l : lines) {
                if (l.charStart() != null && l.charEnd() != null && charAt >= l.charStart() && charAt < l.charEnd()) {
                    if (provenance == null) {
                        return l;
                    }
                    Provenance at = provenance.withPage(l.page()).withBBox(l.bbox());
                    // a line read by OCR carries its own confidence
                    return l.confidence() == null ? at : at.withExtractor(l.extractor()).withConfidence(l.confidence());
                }
            }
        }
        return provenance;
    }

    public static Block paragraph(String id, String text, Provenance provenance) {
        return new Block(id, BlockType.PARAGRAPH, text, -1, null, List.of(), null, provenance);
    }

    public Block withSectionPath(List<String> path) {
        return new Block(id, type, text, level, number, path, tableId, provenance, lines);
    }

    public Block asHeading(int headingLevel, String headingNumber) {
        return new Block(id, BlockType.HEADING, text, headingLevel, headingNumber, sectionPath, tableId, provenance,
                lines);
    }
}
