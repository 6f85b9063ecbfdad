package org.jixiao.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.model.Validate;

/**
 * One line of the decoded text with its offset, and its content with Word's
 * {@code [bookmark: …]} markers removed.
 *
 * @param index  0-based line number
 * @param start  offset of the line's first character in the decoded text
 * @param raw    the line as decoded, without its line break
 * @param clean  the line with bookmark markers removed (same length or shorter)
 */
public record TextLine(int index, int start, String raw, String clean) {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]\\n]*\\]");

    /** Splits text at \n, \r\n and \r. */
    public static List<TextLine> split(String text) {
        Validate.notNullParam(text, "text");
        List<TextLine> lines = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int end = pos;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String raw = text.substring(pos, end);
            lines.add(new TextLine(lines.size(), pos, raw, stripBookmarks(raw)));
            if (end >= n) {
                break;
            }
            pos = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return lines;
    }

    public static String stripBookmarks(String s) {
        return s.indexOf("[bookmark:") < 0 ? s : BOOKMARK.matcher(s).replaceAll("");
    }

    /** True when the line holds only white space (ASCII, ideographic space, NBSP) or markers. */
    public boolean blank() {
        return isBlank(clean);
    }

    /** True when the line is a Word-dump table cell line. */
    public boolean cellLine() {
        return raw.startsWith("\t");
    }

    public int end() {
        return start + raw.length();
    }

    /** The clean text trimmed of white space, with runs of spaces left by removed markers squeezed. */
    public String text() {
        return normalize(clean);
    }

    /** Offset in the decoded text of the first non-blank, non-marker character of the raw line. */
    public int contentStart() {
        int i = 0;
        String r = raw;
        while (i < r.length()) {
            if (isSpace(r.charAt(i))) {
                i++;
            } else if (r.startsWith("[bookmark:", i) && r.indexOf(']', i) > 0) {
                i = r.indexOf(']', i) + 1;
            } else {
                break;
            }
        }
        return start + i;
    }

    /** Offset in the decoded text just after the last non-blank character of the raw line. */
    public int contentEnd() {
        int e = raw.length();
        while (e > 0 && isSpace(raw.charAt(e - 1))) {
            e--;
        }
        return start + Math.max(e, contentStart() - start);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String normalize(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }
}
