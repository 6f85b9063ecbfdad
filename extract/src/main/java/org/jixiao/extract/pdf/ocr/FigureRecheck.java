package org.jixiao.extract.pdf.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Guards figures against the engine's slips by their context: a figure read with low confidence, or
 * glued to a doubtful glyph on its line ({@code 了.75} for 11.75), is read again alone as a line of
 * digits, and the new reading replaces the words when it is a well-formed figure read confidently with
 * at least the digits the words had. A lone doubtful glyph opening a line with a gap after it (a
 * speck left of a heading) is dropped.
 */
final class FigureRecheck {
    /** Below this confidence a figure is read again. */
    private static final double DOUBTFUL_FIGURE = 50;
    /** Below this confidence a short word touching a figure may be part of it. */
    private static final double DOUBTFUL_GLYPH = 30;
    /** A re-read figure must be read at least this confidently. */
    private static final double CONFIDENT = 70;
    /** Below this confidence a lone glyph opening a line is a speck. */
    private static final double SPECK = 60;
    /** Second readings per page at most: each costs the engine a start-up (about 0.2 s). */
    private static final int MAX_REREADS = 12;
    private static final Pattern FIGURE = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?%?");

    private final OcrEngine engine;

    FigureRecheck(OcrEngine engine) {
        this.engine = engine;
    }

    List<OcrWord> apply(List<OcrWord> words, BufferedImage image, int dpi) throws OcrException {
        List<OcrWord> out = new ArrayList<>(words.size());
        int rereads = 0;
        int i = 0;
        while (i < words.size()) {
            OcrWord w = words.get(i);
            if (isSpeck(words, i)) {
                i++;
                continue;
            }
            int from = i;
            int to = i + 1;
            if (!hasDigit(w) && doubtfulGlyph(w) && to < words.size() && touching(w, words.get(to))
                    && hasDigit(words.get(to))) {
                to++;
            }
            boolean suspect = to - from > 1 || hasDigit(w) && w.confidence() < DOUBTFUL_FIGURE;
            if (!suspect || rereads >= MAX_REREADS) {
                out.add(w);
                i++;
                continue;
            }
            if (to < words.size() && !hasDigit(words.get(to)) && doubtfulGlyph(words.get(to))
                    && touching(words.get(to - 1), words.get(to))) {
                to++;
            }
            List<OcrWord> group = words.subList(from, to);
            rereads++;
            OcrWord again = reread(group, image, dpi);
            if (again != null) {
                out.add(again);
            } else {
                out.addAll(group);
            }
            i = to;
        }
        return out;
    }

    private OcrWord reread(List<OcrWord> group, BufferedImage image, int dpi) throws OcrException {
        int left = group.stream().mapToInt(OcrWord::left).min().orElse(0);
        int top = group.stream().mapToInt(OcrWord::top).min().orElse(0);
        int right = group.stream().mapToInt(g -> g.left() + g.width()).max().orElse(0);
        int bottom = group.stream().mapToInt(g -> g.top() + g.height()).max().orElse(0);
        int pad = Math.max(2, (bottom - top) / 3);
        OcrWord r = engine.readFigure(image, new Rectangle(left - pad, top - pad, right - left + 2 * pad,
                bottom - top + 2 * pad), dpi);
        long had = group.stream().mapToLong(g -> g.text().chars().filter(Character::isDigit).count()).sum();
        if (r == null || !FIGURE.matcher(r.text()).matches() || r.confidence() < CONFIDENT
                || r.text().chars().filter(Character::isDigit).count() < had) {
            return null;
        }
        return new OcrWord(r.text(), left, top, right - left, bottom - top, r.confidence());
    }

    /** A single doubtful glyph that opens its line and stands apart from the next word. */
    private static boolean isSpeck(List<OcrWord> words, int i) {
        OcrWord w = words.get(i);
        if (w.text().codePointCount(0, w.text().length()) != 1 || w.confidence() >= SPECK || hasDigit(w)
                || i + 1 >= words.size()) {
            return false;
        }
        OcrWord next = words.get(i + 1);
        boolean opens = i == 0 || !sameLine(words.get(i - 1), w) || words.get(i - 1).left() > w.left();
        return opens && sameLine(w, next) && next.left() - (w.left() + w.width()) >= w.width();
    }

    private static boolean doubtfulGlyph(OcrWord w) {
        return w.confidence() < DOUBTFUL_GLYPH && w.text().codePointCount(0, w.text().length()) <= 2;
    }

    private static boolean hasDigit(OcrWord w) {
        return w.text().chars().anyMatch(Character::isDigit);
    }

    private static boolean touching(OcrWord a, OcrWord b) {
        int gap = b.left() - (a.left() + a.width());
        return sameLine(a, b) && gap <= Math.max(a.height(), b.height()) / 2;
    }

    private static boolean sameLine(OcrWord a, OcrWord b) {
        double ca = a.top() + a.height() / 2.0;
        double cb = b.top() + b.height() / 2.0;
        return Math.abs(ca - cb) <= Math.max(a.height(), b.height()) * 0.6;
    }
}
