package org.jixiao.check.wording;

/**
 * Sentence bounds in a block's text, for quoting the words a finding rests on. A sentence ends at
 * 。！？ or a line break; the quote runs from the start of the sentence holding the hit to the end of
 * the sentence after it, so a cut-off ("主要原因是。") is shown with what follows.
 */
public final class Sentences {
    private static final String ENDS = "。！？!?\n";
    private static final int MAX_SIDE = 160;

    private Sentences() {
    }

    /** Start of the sentence holding offset {@code at}. */
    public static int start(String text, int at) {
        int s = Math.min(at, text.length());
        int floor = Math.max(0, at - MAX_SIDE);
        while (s > floor && ENDS.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }

    /** End (exclusive, terminator included) of the first sentence ending at or after {@code from}. */
    public static int end(String text, int from) {
        int e = Math.max(0, from);
        int ceil = Math.min(text.length(), from + MAX_SIDE);
        while (e < ceil && ENDS.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return Math.min(text.length(), e + 1);
    }

    /** The quote around the span [start, end): its sentence and the rest of the sentence after it. */
    public static String around(String text, int start, int end) {
        return text.substring(start(text, start), end(text, end)).strip();
    }
}
