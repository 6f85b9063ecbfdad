package org.jixiao.model;

import java.util.List;

/**
 * A node of the section tree built from the headings' Chinese numbering.
 *
 * @param number   the printed number ("一、", "（一）", "1.", "附件2"), or "" for the root
 * @param title    the heading text without its number
 * @param level    0 for 附件N, then 1, 2, … by the order of first appearance of each numbering style
 * @param blockId  the heading block
 * @param children sub-sections in order
 * @param ordinal  the value of its number as extract read it (（三） = 3, 附件3-1 = 3), null where none
 * @param style    its numbering style as a template, the number replaced by C (Chinese numerals) or #
 *                 (digits): "（C）", "#、", "附件#"; siblings of one style count 1, 2, 3 …
 */
public record Section(String number, String title, int level, String blockId, List<Section> children,
                      Integer ordinal, String style) {
    public Section {
        children = Validate.copy(children);
    }

    /** A section whose number was not read (report JSON before schema 3). */
    public Section(String number, String title, int level, String blockId, List<Section> children) {
        this(number, title, level, blockId, children, null, null);
    }
}
