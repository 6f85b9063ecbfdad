package org.jixiao.index.analysis;

/**
 * The text as the segmenter should see it, with a map back to the original offsets: quotation
 * marks are dropped (reports print “三公”经费 for 三公经费) and so are line breaks and spaces
 * between CJK characters (PDF extraction breaks words over lines). Spaces between two ASCII
 * letters or digits are kept, as they separate words or numbers there.
 */
final class CleanText {
    private final String text;
    private final int[] origin;
    private final int originalLength;

    private CleanText(String text, int[] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    static CleanText of(CharSequence in) {
        int n = in.length();
        StringBuilder sb = new StringBuilder(n);
        int[] map = new int[n + 1];
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (isQuote(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
                if (keepSpace(in, i)) {
                    map[sb.length()] = i;
                    sb.append(' ');
                }
                continue;
            }
            map[sb.length()] = i;
            sb.append(c);
        }
        int[] origin = java.util.Arrays.copyOf(map, sb.length() + 1);
        return new CleanText(sb.toString(), origin, n);
    }

    private static boolean isQuote(char c) {
        return c == '“' || c == '”' || c == '‘' || c == '’' || c == '"' || c == '「' || c == '」'
                || c == '『' || c == '』';
    }

    private static boolean keepSpace(CharSequence in, int i) {
        char before = 0;
        for (int j = i - 1; j >= 0; j--) {
            char c = in.charAt(j);
            if (!Character.isWhitespace(c) && !isQuote(c)) {
                before = c;
                break;
            }
        }
        char after = 0;
        for (int j = i + 1; j < in.length(); j++) {
            char c = in.charAt(j);
            if (!Character.isWhitespace(c) && !isQuote(c)) {
                after = c;
                break;
            }
        }
        // a run of spaces collapses: keep only its first one
        boolean firstOfRun = i == 0 || !Character.isWhitespace(in.charAt(i - 1));
        return firstOfRun && isAsciiAlnum(before) && isAsciiAlnum(after);
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    String text() {
        return text;
    }

    /** Offset in the original text of the clean character at {@code i}. */
    int start(int i) {
        return origin[i];
    }

    /** Original end offset (exclusive) of a clean span ending (exclusive) at {@code end}. */
    int end(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }

    int originalLength() {
        return originalLength;
    }
}
