package org.jixiao.extract.pdf.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.model.BBox;

/**
 * Joins consecutive lines into paragraphs. A new paragraph starts after a gap wider than normal
 * leading, at a first-line indent, after a line that stops well short of the right margin, at a
 * change of font size, or at a line that starts with a heading number.
 */
public final class ParagraphBuilder {
    private static final Pattern HEADING_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\([一二三四五六七八九十]+\\)|\\d+[.．、]\\D|（\\d+）|\\(\\d+\\)|附件\\s*\\d+|表\\s*\\d+).*");

    public List<Paragraph> paragraphs(List<TextLine> lines) {
        List<Paragraph> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        double rightMargin = lines.stream().mapToDouble(TextLine::right).max().orElse(0);
        List<TextLine> cur = new ArrayList<>();
        for (TextLine line : lines) {
            if (!cur.isEmpty() && startsNew(cur.get(cur.size() - 1), line, cur, rightMargin)) {
                out.add(paragraph(cur));
                cur = new ArrayList<>();
            }
            cur.add(line);
        }
        out.add(paragraph(cur));
        return out;
    }

    private static boolean startsNew(TextLine prev, TextLine line, List<TextLine> cur, double rightMargin) {
        double size = Math.max(1, prev.fontSize());
        double gap = line.top() - prev.bottom();
        if (gap > 0.9 * size || gap < -0.5 * size) {
            return true;
        }
        if (Math.abs(line.fontSize() - prev.fontSize()) > 0.15 * size) {
            return true;
        }
        if (prev.right() < rightMargin - 2.5 * size) {
            return true;
        }
        double paragraphLeft = cur.size() > 1 ? cur.get(1).left() : cur.get(0).left();
        if (line.left() > paragraphLeft + 1.2 * size && cur.size() > 1) {
            return true;
        }
        if (cur.size() == 1 && line.left() > prev.left() + 1.2 * size) {
            return true;
        }
        return HEADING_START.matcher(line.text()).matches() && line.left() >= prev.left() + size;
    }

    /**
     * True when {@code next}, first on its page, goes on with {@code prev}, last on the page before:
     * prev's last line runs to the right margin without closing punctuation, next starts unindented.
     */
    public static boolean continuesOnNextPage(Paragraph prev, Paragraph next, double pageWidth) {
        String text = prev.text();
        if (text.isEmpty() || ".!?:;。！？：；".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        TextLine last = prev.lines().get(prev.lines().size() - 1);
        TextLine first = next.lines().get(0);
        double size = Math.max(1, last.fontSize());
        double fullRight = prev.lines().size() > 1 ? prev.bbox().right() : pageWidth * 0.75;
        boolean full = last.right() >= fullRight - 2 * size;
        boolean sameSize = Math.abs(first.fontSize() - last.fontSize()) <= 0.15 * size;
        boolean unindented = first.left() <= prev.bbox().left() + 0.5 * size;
        return full && sameSize && unindented && !HEADING_START.matcher(first.text()).matches();
    }

    /** One paragraph from two (the box stays the first one's: provenance names the page it starts on). */
    public static Paragraph merge(Paragraph a, Paragraph b) {
        List<TextLine> lines = new ArrayList<>(a.lines());
        lines.addAll(b.lines());
        return new Paragraph(lines, Scripts.join(a.text(), b.text(), " "), a.bbox());
    }

    private static Paragraph paragraph(List<TextLine> lines) {
        String text = "";
        double top = Double.MAX_VALUE;
        double left = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (TextLine l : lines) {
            text = Scripts.join(text, l.text(), " ");
            top = Math.min(top, l.top());
            left = Math.min(left, l.left());
            bottom = Math.max(bottom, l.bottom());
            right = Math.max(right, l.right());
        }
        return new Paragraph(lines, text, new BBox(top, left, bottom, right));
    }
}
