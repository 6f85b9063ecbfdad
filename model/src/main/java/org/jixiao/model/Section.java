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
 */
public record Section(String number, String title, int level, String blockId, List<Section> children) {
    public Section {
        children = Validate.copy(children);
    }
}
