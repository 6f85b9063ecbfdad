package org.jixiao.extract.structure;

/**
 * A paragraph that looks like a numbered heading.
 *
 * @param style   how it is numbered
 * @param ordinal the value of its number (一 = 1, （3） = 3, 附件3-1 = 3)
 * @param number  the number as printed, without spaces ("一、", "（二）", "1.", "附件3-1")
 * @param title   the heading text after the number, or "" for a bare 附件N
 */
public record HeadingCandidate(NumberingStyle style, int ordinal, String number, String title) {
}
