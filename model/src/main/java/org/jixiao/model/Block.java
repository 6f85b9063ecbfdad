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
 */
public record Block(String id, BlockType type, String text, int level, String number, List<String> sectionPath,
                    String tableId, Provenance provenance) {
    public Block {
        Validate.notNullParam(id, "id");
        Validate.notNullParam(type, "type");
        text = text == null ? "" : text;
        sectionPath = Validate.copy(sectionPath);
    }

    public static Block paragraph(String id, String text, Provenance provenance) {
        return new Block(id, BlockType.PARAGRAPH, text, -1, null, List.of(), null, provenance);
    }

    public Block withSectionPath(List<String> path) {
        return new Block(id, type, text, level, number, path, tableId, provenance);
    }

    public Block asHeading(int headingLevel, String headingNumber) {
        return new Block(id, BlockType.HEADING, text, headingLevel, headingNumber, sectionPath, tableId, provenance);
    }
}
