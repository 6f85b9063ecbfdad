package org.jixiao.extract.pdf.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.extract.pdf.TextChar;
import org.jixiao.model.BBox;
import org.jixiao.model.Validate;

/**
 * Joins consecutive lines into paragraphs by the document's own layout ({@link TextLayout}). A new
 * paragraph starts where the baseline step is wider than the usual leading, at a change of font
 * size, after a line that stops short of the right margin by more than the next line's first word
 * (the writer broke the line, not the layout), at an indented first line, and at a heading number
 * after a sentence end. So paragraphs come out whole whatever the producer's line spacing.
 */
public final class ParagraphBuilder {
    static final Pattern HEADING_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\([一二三四五六七八九十]+\\)|\\d+[.．、]\\D|（\\d+）|\\(\\d+\\)|附件\\s*\\d+|表\\s*\\d+|第[一二三四五六七八九十]+部分).*");
    private static final String SENTENCE_END = ".!?;:。！？；：";
    private static final String FULL_STOP = ".!?。！？";
    /** Punctuation a line may not start with (kinsoku): it wraps together with the glyph before it. */
    private static final String NO_LINE_START = "，。、；：？！”’）》」』】〕〉,.;:?!)]%％";

    private final TextLayout layout;

    public ParagraphBuilder(TextLayout layout) {
        this.layout = Validate.notNullParam(layout, "layout");
    }

    /** Paragraphs of lines (top to bottom) of one page of width {@code pageWidth}. */
    public List<Paragraph> paragraphs(List<TextLine> lines, int page, double pageWidth) {
        List<Paragraph> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        Margins m = margins(lines, pageWidth);
        List<TextLine> cur = new ArrayList<>();
        for (TextLine line : lines) {
            if (!cur.isEmpty() && startsNew(cur, line, m)) {
                out.add(paragraph(cur, page));
                cur = new ArrayList<>();
            }
            cur.add(line);
        }
        out.add(paragraph(cur, page));
        return out;
    }

    private record Margins(double left, double right) {
    }

    private Margins margins(List<TextLine> lines, double pageWidth) {
        double left = layout.left(pageWidth);
        double right = layout.right(pageWidth);
        if (Double.isNaN(left)) {
            left = lines.stream().mapToDouble(TextLine::left).min().orElse(0);
            right = lines.stream().mapToDouble(TextLine::right).max().orElse(0);
        }
        return new Margins(left, right);
    }

    private boolean startsNew(List<TextLine> cur, TextLine line, Margins m) {
        TextLine prev = cur.get(cur.size() - 1);
        double size = Math.max(1, prev.fontSize());
        if (Math.abs(line.fontSize() - prev.fontSize()) > 0.15 * size || !overlaps(prev, line)) {
            return true;
        }
        if (widerThanLeading(prev, line)) {
            return true;
        }
        double slack = Math.max(m.right(), prev.right()) - prev.right();
        double firstWord = firstWordWidth(line);
        String text = prev.text();
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        // room left for the next line's first word: the writer ended the line (a sentence end needs less proof)
        if (slack > firstWord + (SENTENCE_END.indexOf(last) >= 0 ? 0.1 : 0.6) * size) {
            return true;
        }
        double runLeft = cur.size() > 1 ? cur.get(1).left() : prev.left();
        if (line.left() > runLeft + 1.2 * size) {
            return true;
        }
        return HEADING_START.matcher(line.text()).matches()
                && (SENTENCE_END.indexOf(last) >= 0 || line.left() >= prev.left() + size);
    }

    /** Baseline step beyond the usual leading of this size (or, unmeasured, a gap of a line height). */
    private boolean widerThanLeading(TextLine prev, TextLine line) {
        double size = Math.max(1, prev.fontSize());
        double pitch = layout.pitch(prev.fontSize());
        double step = line.top() - prev.top();
        if (step < 0.3 * size) {
            return true;
        }
        if (!Double.isNaN(pitch) && pitch >= size * 0.9) {
            return step > pitch * 1.25 + 1;
        }
        return line.top() - prev.bottom() > 0.9 * size;
    }

    /**
     * True when {@code next}, first on its page, goes on with {@code prev}, last on the page before:
     * prev's last line runs to the right margin, next starts at the left margin in the same size and
     * not with a heading number; after a full stop only in documents that indent their paragraphs.
     */
    public boolean continuesOnNextPage(Paragraph prev, Paragraph next, double prevWidth, double nextWidth) {
        String text = prev.text();
        if (text.isEmpty()) {
            return false;
        }
        TextLine last = prev.lines().get(prev.lines().size() - 1);
        TextLine first = next.lines().get(0);
        double size = Math.max(1, last.fontSize());
        if (Math.abs(first.fontSize() - last.fontSize()) > 0.15 * size
                || HEADING_START.matcher(first.text()).matches()) {
            return false;
        }
        double right = layout.right(prevWidth);
        if (Double.isNaN(right)) {
            right = prev.lines().size() > 1 ? prev.bbox().right() : prevWidth * 0.75;
        }
        boolean full = right - last.right() <= firstWordWidth(first) + 0.6 * size;
        double left = layout.left(nextWidth);
        boolean unindented = first.left() <= (Double.isNaN(left) ? prev.bbox().left() : left) + 0.6 * size;
        boolean stopped = FULL_STOP.indexOf(text.charAt(text.length() - 1)) >= 0;
        return full && unindented && (!stopped || layout.indentsFirstLines());
    }

    /** One paragraph from two (the box stays the first one's: provenance names the page it starts on). */
    public static Paragraph merge(Paragraph a, Paragraph b) {
        List<TextLine> lines = new ArrayList<>(a.lines());
        lines.addAll(b.lines());
        String text = Scripts.join(a.text(), b.text(), " ");
        int shift = text.length() - b.text().length();
        List<Paragraph.LineSpan> spans = new ArrayList<>(a.spans());
        for (Paragraph.LineSpan s : b.spans()) {
            spans.add(new Paragraph.LineSpan(s.page(), s.start() + shift, s.end() + shift));
        }
        return new Paragraph(lines, spans, text, a.bbox());
    }

    /**
     * Width of what could not have ended the line before: one glyph for Chinese, up to the first
     * space for Latin, with the closing punctuation that may not start a line (知》, 心”）) attached.
     */
    static double firstWordWidth(TextLine line) {
        List<TextChar> cs = line.chars();
        if (cs.isEmpty()) {
            return 0;
        }
        TextChar first = cs.get(0);
        boolean cjk = Scripts.isCjk(first.text().codePointAt(0));
        double right = first.right();
        for (int i = 1; i < cs.size(); i++) {
            TextChar c = cs.get(i);
            boolean closing = NO_LINE_START.indexOf(c.text().charAt(0)) >= 0;
            boolean sameWord = !cjk && !Scripts.isCjk(c.text().codePointAt(0))
                    && c.left() - right <= 0.2 * Math.max(1, c.fontSize());
            if (!closing && !sameWord) {
                break;
            }
            right = c.right();
        }
        return right - first.left();
    }

    private static boolean overlaps(TextLine a, TextLine b) {
        return Math.min(a.right(), b.right()) > Math.max(a.left(), b.left()) - a.fontSize();
    }

    private static Paragraph paragraph(List<TextLine> lines, int page) {
        String text = "";
        List<Paragraph.LineSpan> spans = new ArrayList<>();
        double top = Double.MAX_VALUE;
        double left = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (TextLine l : lines) {
            text = Scripts.join(text, l.text(), " ");
            spans.add(new Paragraph.LineSpan(page, text.length() - l.text().length(), text.length()));
            top = Math.min(top, l.top());
            left = Math.min(left, l.left());
            bottom = Math.max(bottom, l.bottom());
            right = Math.max(right, l.right());
        }
        return new Paragraph(lines, spans, text, new BBox(top, left, bottom, right));
    }
}
