package org.jixiao.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of a PDF-layout dump cut into cells: runs of two or more spaces separate columns, and
 * numbers at the end of a piece (printed one space apart, as layout text does for narrow
 * numeric columns) are cells of their own.
 */
final class LayoutLine {
    private static final Pattern PIECE = Pattern.compile("[^ \\u3000\\u00A0\\t]+(?: [^ \\u3000\\u00A0\\t]+)*");
    private static final Pattern VALUE = Pattern.compile(
            "[≥≤≦≧<>＜＞]?[-+]?(?:\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)[%％]?|[-—–/／]+");
    private static final Pattern KEY_VALUE = Pattern.compile("[^：:\\s]{1,8}[：:]\\s*\\S.*");
    private static final Pattern HEADER_TOKEN = Pattern.compile("[^，。；：,;:]{1,16}");

    /** A cell of a layout line: text, offsets in the decoded text, and column in its line. */
    record Piece(String text, int start, int end, int x) {
    }

    private LayoutLine() {
    }

    static List<Piece> cells(TextLine line) {
        List<Piece> out = new ArrayList<>();
        Matcher m = PIECE.matcher(line.clean());
        int shift = line.raw().length() - line.clean().length();
        while (m.find()) {
            int at = shift == 0 ? m.start() : line.raw().indexOf(m.group());
            splitValues(m.group(), line.start() + at, line.raw(), at, out);
        }
        return joinSpreadCharacters(splitHeaderWords(out, line));
    }

    /** "项         目": a word printed with its characters spread across a column is one cell. */
    private static List<Piece> joinSpreadCharacters(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            Piece prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && singleWide(prev.text()) && singleWide(p.text())) {
                out.set(out.size() - 1, new Piece(prev.text() + p.text(), prev.start(), p.end(), prev.x()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean singleWide(String s) {
        return s.length() == 1 && wide(s.charAt(0));
    }

    /**
     * A header row (no figures) whose column titles are printed one space apart: each short word
     * is its own cell.
     */
    private static List<Piece> splitHeaderWords(List<Piece> pieces, TextLine line) {
        if (pieces.size() < 2 || pieces.stream().anyMatch(p -> isValue(p.text()))) {
            return pieces;
        }
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            String[] words = p.text().split(" ");
            boolean header = words.length > 1;
            for (String w : words) {
                header &= HEADER_TOKEN.matcher(w).matches();
            }
            if (!header) {
                out.add(p);
                continue;
            }
            int offset = 0;
            for (String w : words) {
                int at = p.start() + offset;
                out.add(new Piece(w, at, at + w.length(), column(line.raw(), at - line.start())));
                offset += w.length() + 1;
            }
        }
        return out;
    }

    /** Peels value tokens off the end of a piece; what is left before them is one text cell. */
    private static void splitValues(String piece, int base, String raw, int at, List<Piece> out) {
        String[] tokens = piece.split(" ");
        int firstValue = tokens.length;
        while (firstValue > 0 && isValue(tokens[firstValue - 1])) {
            firstValue--;
        }
        int offset = 0;
        if (firstValue > 0) {
            String label = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, firstValue));
            out.add(new Piece(label, base, base + label.length(), column(raw, at)));
            offset = label.length() + 1;
        }
        for (int t = firstValue; t < tokens.length; t++) {
            out.add(new Piece(tokens[t], base + offset, base + offset + tokens[t].length(), column(raw, at + offset)));
            offset += tokens[t].length() + 1;
        }
    }

    /**
     * The printed column of a character: CJK and full-width characters take two columns in the
     * monospaced grid that layout text is laid out on.
     */
    static int column(String raw, int index) {
        int col = 0;
        for (int i = 0; i < index && i < raw.length(); i++) {
            col += wide(raw.charAt(i)) ? 2 : 1;
        }
        return col;
    }

    private static boolean wide(char c) {
        return c >= '\u1100' && (c <= '\u115F' || c >= '\u2E80' && c <= '\uA4CF' || c >= '\uAC00' && c <= '\uD7A3'
                || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFE30' && c <= '\uFE4F' || c >= '\uFF00' && c <= '\uFF60'
                || c >= '\uFFE0' && c <= '\uFFE6');
    }

    static boolean isValue(String token) {
        return VALUE.matcher(token).matches();
    }

    static boolean valuesOnly(List<Piece> cells) {
        return !cells.isEmpty() && cells.stream().allMatch(p -> isValue(p.text()));
    }

    /**
     * A form footer or header such as "填表人:张三   填报日期：2025年4月18日": two or more
     * key/value pairs with their values filled in, not a table row.
     */
    static boolean keyValueLine(List<Piece> cells) {
        return cells.size() >= 2 && cells.stream().allMatch(p -> KEY_VALUE.matcher(p.text()).matches());
    }

    /** A column header printed one space apart: three or more short words without punctuation. */
    static List<Piece> headerCells(TextLine line) {
        String text = line.text();
        String[] tokens = text.split(" +");
        if (tokens.length < 3) {
            return List.of();
        }
        List<Piece> out = new ArrayList<>();
        int from = 0;
        for (String t : tokens) {
            if (!HEADER_TOKEN.matcher(t).matches() || isValue(t)) {
                return List.of();
            }
            int at = line.raw().indexOf(t, from);
            out.add(new Piece(t, line.start() + at, line.start() + at + t.length(), column(line.raw(), at)));
            from = at + t.length();
        }
        return out;
    }
}
