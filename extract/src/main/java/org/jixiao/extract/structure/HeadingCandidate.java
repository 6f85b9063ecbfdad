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
    private static final java.util.regex.Pattern NUMERAL = java.util.regex.Pattern.compile("[0-9０-９]+|[一二三四五六七八九十]+");

    /** The printed number as a template: its numeral replaced by C (Chinese) or # (digits), a "-1" after it dropped. */
    public String template() {
        java.util.regex.Matcher m = NUMERAL.matcher(number);
        if (!m.find()) {
            return number;
        }
        boolean chinese = "一二三四五六七八九十".indexOf(m.group().charAt(0)) >= 0;
        return number.substring(0, m.start()) + (chinese ? "C" : "#") + number.substring(m.end()).replaceAll("[-－].*", "");
    }
}
