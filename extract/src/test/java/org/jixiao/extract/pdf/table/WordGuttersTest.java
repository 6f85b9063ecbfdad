package org.jixiao.extract.pdf.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.TextChar;
import org.jixiao.extract.pdf.text.LineBuilder;
import org.jixiao.extract.pdf.text.TextLine;
import org.junit.jupiter.api.Test;

class WordGuttersTest {
    private static final double SIZE = 8;
    private static final double GLYPH = 4.8;
    private final LineBuilder lines = new LineBuilder();

    /** A line of words, each given by its text and left edge; glyphs 4.8 pt wide. */
    private TextLine line(double top, Object... wordsAndLefts) {
        List<TextChar> cs = new ArrayList<>();
        for (int i = 0; i < wordsAndLefts.length; i += 2) {
            String w = (String) wordsAndLefts[i];
            double left = ((Number) wordsAndLefts[i + 1]).doubleValue();
            for (int k = 0; k < w.length(); k++) {
                cs.add(new TextChar(w.substring(k, k + 1), left + k * GLYPH, top, GLYPH, SIZE, SIZE));
            }
        }
        return lines.line(cs);
    }

    @Test
    void aCodeRightAfterARightAlignedNumberIsAColumnOfItsOwn() {
        // numbers end at 60.0, codes start at 62.9 (a gap of 2.9 pt; word spaces are 2.4 pt)
        double space = 2.4;
        List<TextLine> body = List.of(
                line(10, "648765", 60 - 6 * GLYPH, "AAA", 62.9, "7100", 100, "TERMINAL", 100 + 4 * GLYPH + space,
                        "DRIVE", 100 + 12 * GLYPH + 2 * space),
                line(20, "82030", 60 - 5 * GLYPH, "AAA", 62.9, "7777", 100, "EAST", 100 + 4 * GLYPH + space),
                line(30, "509462", 60 - 6 * GLYPH, "BAW", 62.9, "2405", 100, "SOUTH", 100 + 4 * GLYPH + space,
                        "EL", 100 + 9 * GLYPH + 2 * space),
                line(40, "79145", 60 - 5 * GLYPH, "BAW", 62.9, "BOX", 100, "59975", 100 + 3 * GLYPH + space));
        List<Double> xs = new WordGutters().refine(List.of(30.0, 90.0, 200.0), body, SIZE);
        assertEquals(4, xs.size(), xs.toString());
        assertEquals(61.45, xs.get(1), 0.3);
    }

    @Test
    void aWordSpaceAtTheSamePlaceInSomeRowsIsNoColumn() {
        // OKLAHOMA CITY: the space after OKLAHOMA is a word space, and only half the rows have it
        List<TextLine> body = List.of(
                line(10, "OKLAHOMA", 100, "CITY", 100 + 8 * GLYPH + 2.4),
                line(20, "TULSA", 100),
                line(30, "OKLAHOMA", 100, "CITY", 100 + 8 * GLYPH + 2.4),
                line(40, "SAYRE", 100));
        assertEquals(List.of(90.0, 200.0), new WordGutters().refine(List.of(90.0, 200.0), body, SIZE));
    }
}
