package org.jixiao.extract.pdf.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jixiao.extract.pdf.PdfPage;
import org.jixiao.extract.pdf.Ruling;
import org.jixiao.extract.pdf.TextChar;
import org.jixiao.extract.pdf.text.Scripts;
import org.jixiao.model.Validate;

/**
 * A scanned page as a {@link PdfPage}: rendered in grey at {@link #DPI}, its words read by the
 * {@link OcrEngine} (numbers repaired, {@link NumberRepair}), each Chinese word cut into its
 * characters, boxes turned into points, and the ruling lines of the image added. The line,
 * paragraph and table recognizers then read it as they read born-digital pages.
 */
public final class OcrPageReader {
    /** Enough for 10.5 pt Chinese and for the engine to finish a page in a few seconds on one core. */
    public static final int DPI = 200;

    private final OcrEngine engine;
    private final FigureRecheck recheck;

    public OcrPageReader(OcrEngine engine) {
        this.engine = Validate.notNullParam(engine, "engine");
        this.recheck = new FigureRecheck(engine);
    }

    public String engineName() {
        return engine.name();
    }

    /**
     * Reads page {@code number} (1-based) of a document whose displayed size is {@code width} x
     * {@code height} points.
     */
    public PdfPage read(PDDocument doc, int number, double width, double height) throws IOException, OcrException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(number - 1, DPI, ImageType.GRAY);
        List<Ruling> rulings = ImageRulings.find(image, DPI);
        ImageRulings.erase(image, rulings, DPI);
        List<OcrWord> words = recheck.apply(engine.read(image, DPI), image, DPI);
        List<Double> columns = rulings.stream().filter(Ruling::isVertical).map(r -> r.x1() * DPI / 72.0).toList();
        return new PdfPage(number, width, height, chars(words, 72.0 / DPI, columns), rulings);
    }

    /**
     * Glyphs from words in the engine's reading order: a number broken after its comma or point
     * (9, 500) joined again, a word overlapping the one before it on its line moved right of it (so
     * sorting by position keeps the engine's order) unless a column line ({@code columnLinesPx}, x in
     * pixels) separates them, Chinese words cut evenly into characters, all glyphs of a line in one
     * band (the line's median top and bottom: 。 、 一 have small, off-centre boxes).
     */
    static List<TextChar> chars(List<OcrWord> words, double scale, List<Double> columnLinesPx) {
        List<TextChar> out = new ArrayList<>();
        for (List<OcrWord> line : lines(joinBrokenNumbers(words))) {
            // one band for the whole line: glyph boxes of 。 、 一 are small and off-centre
            int top = median(line.stream().mapToInt(OcrWord::top).toArray());
            int bottom = median(line.stream().mapToInt(w -> w.top() + w.height()).toArray());
            int prevRight = -1;
            for (OcrWord w : line) {
                String text = NumberRepair.repair(w.text());
                int[] cps = text.codePoints().toArray();
                boolean cjk = text.codePoints().anyMatch(Scripts::isCjk);
                // in the engine's order: a word overlapping the one before it starts where that one
                // ends, unless a column line lies between them (the word is in another cell)
                int from = w.left();
                int to = prevRight;
                boolean acrossLine = columnLinesPx.stream().anyMatch(x -> x > from - 3 && x < to + 3);
                int leftPx = prevRight > w.left() && !acrossLine ? prevRight : w.left();
                int rightPx = Math.max(w.left() + w.width(), leftPx + Math.max(1, w.width() / 2));
                prevRight = rightPx;
                double left = leftPx * scale;
                double width = (rightPx - leftPx) * scale;
                double height = Math.max(1, bottom - top) * scale;
                // a Chinese glyph's box is about its em; digits and Latin letters reach about 0.7 of it
                double size = cjk ? height : height / 0.72;
                if (!cjk || cps.length == 1) {
                    out.add(new TextChar(text, left, top * scale, width, height, size, w.confidence()));
                    continue;
                }
                double each = width / cps.length;
                for (int i = 0; i < cps.length; i++) {
                    out.add(new TextChar(new String(cps, i, 1), left + i * each, top * scale, each, height, size,
                            w.confidence()));
                }
            }
        }
        return out;
    }

    /**
     * The engine's words (in its reading order) cut into lines: a line ends where the next word
     * starts well left of the one before it or lies wholly below or above it.
     */
    static List<List<OcrWord>> lines(List<OcrWord> words) {
        List<List<OcrWord>> out = new ArrayList<>();
        List<OcrWord> cur = new ArrayList<>();
        OcrWord prev = null;
        for (OcrWord w : words) {
            // boxes of neighbouring Chinese words overlap and may even start left of the one before:
            // only a jump back of more than two glyphs is a new line
            boolean newLine = prev != null && (w.left() < prev.left() - 2 * Math.max(w.height(), prev.height())
                    || w.top() > prev.top() + prev.height() || w.top() + w.height() < prev.top());
            if (newLine && !cur.isEmpty()) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(w);
            prev = w;
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    private static int median(int[] v) {
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    private static boolean sameLine(OcrWord a, OcrWord b) {
        double ca = a.top() + a.height() / 2.0;
        double cb = b.top() + b.height() / 2.0;
        return Math.abs(ca - cb) <= Math.max(a.height(), b.height()) * 0.6;
    }

    /** "9," then "500" on the same line, close together: one number (the engine split it at the comma). */
    static List<OcrWord> joinBrokenNumbers(List<OcrWord> words) {
        List<OcrWord> out = new ArrayList<>();
        for (OcrWord w : words) {
            OcrWord last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.text().matches(".*\\d[,.，．]") && w.text().matches("\\d.*") && sameLine(last, w)
                    && w.left() - (last.left() + last.width()) <= Math.max(last.height(), w.height())) {
                int right = Math.max(last.left() + last.width(), w.left() + w.width());
                int top = Math.min(last.top(), w.top());
                int bottom = Math.max(last.top() + last.height(), w.top() + w.height());
                out.set(out.size() - 1, new OcrWord(last.text() + w.text(), last.left(), top, right - last.left(),
                        bottom - top, Math.min(last.confidence(), w.confidence())));
            } else {
                out.add(w);
            }
        }
        return out;
    }
}
