package org.jixiao.index;

/** Small text tests shared by the builder and the queries. */
final class ChineseText {
    private ChineseText() {
    }

    /** True when the text has at least one letter, digit or CJK character. */
    static boolean hasWords(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
