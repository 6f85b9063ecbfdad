package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese sentence splitting that keeps offsets: a sentence ends at 。！？； or a line break. A
 * full stop inside brackets or quotes does not end it, and 。 right after a digit followed by a
 * digit is a decimal point typed wrongly, not an end.
 */
public final class SentenceSplitter {
    /** A sentence as a span of its block's text. */
    public record Span(int start, int end) {
    }

    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(' || c == '“' || c == '《') {
                depth++;
            } else if ((c == '）' || c == ')' || c == '”' || c == '》') && depth > 0) {
                depth--;
            }
            boolean end = c == '\n' || ((c == '。' || c == '！' || c == '？' || c == '；' || c == ';') && depth == 0);
            if (c == '。' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                end = false;
            }
            if (end) {
                add(out, text, start, i + 1);
                start = i + 1;
                depth = 0;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        if (text.substring(start, end).strip().length() > 0) {
            out.add(new Span(start, end));
        }
    }
}
