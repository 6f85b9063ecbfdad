package org.jixiao.extract.pdf.text;

/** Which characters are written without spaces between them (Chinese, Japanese, full-width forms). */
public final class Scripts {
    private Scripts() {
    }

    /** True for Han characters and CJK / full-width punctuation. */
    public static boolean isCjk(int cp) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            return true;
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == 0x201C || cp == 0x201D || cp == 0x2018
                        || cp == 0x2019 || cp == 0x2014 || cp == 0x2026)
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || b == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS;
    }

    /** Joins two pieces of one logical text: no space when either side at the seam is CJK. */
    public static String join(String a, String b, String separator) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        int last = a.codePointBefore(a.length());
        int first = b.codePointAt(0);
        if (isCjk(last) || isCjk(first)) {
            return a + b;
        }
        return a + separator + b;
    }
}
