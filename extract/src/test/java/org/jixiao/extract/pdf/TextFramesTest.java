package org.jixiao.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.text.LineBuilder;
import org.jixiao.extract.pdf.text.TextLine;
import org.junit.jupiter.api.Test;

class TextFramesTest {
    private static final double W = 612;
    private static final double H = 792;

    @Test
    void aGlyphsWritingDirectionIsTheFrameThatMapsItsDisplayedPositionToItsOwn() {
        assertEquals(0, TextFrames.turnOf(100, 200, 100, 200, W, H));
        // reading downwards: x along the displayed y, y from the right edge
        assertEquals(1, TextFrames.turnOf(543.7, 78.5, 78.5, W - 543.7, W, H));
        assertEquals(2, TextFrames.turnOf(100, 200, W - 100, H - 200, W, H));
        // reading upwards
        assertEquals(3, TextFrames.turnOf(573.8, 717.1, H - 717.1, 573.8, W, H));
    }

    @Test
    void framesAndUnframesAreInverse() {
        for (int q = 0; q < 4; q++) {
            double[] f = TextFrames.toFrame(q, 123, 456, W, H);
            double[] back = TextFrames.fromFrame(q, f[0], f[1], W, H);
            assertEquals(123, back[0], 1e-9, "turn " + q);
            assertEquals(456, back[1], 1e-9, "turn " + q);
        }
    }

    @Test
    void aPageOfSidewaysTextIsReadInItsFrameWithItsRulesAndPageNumberTurnedAlong() {
        List<TextChar> raw = new ArrayList<>();
        // "Kerala 5738" reading downwards (turn 1), already in its own frame; one upright page number
        String text = "Kerala5738";
        for (int i = 0; i < text.length(); i++) {
            raw.add(new TextChar(text.substring(i, i + 1), 100 + 6 * i + (i >= 6 ? 30 : 0), 60, 6, 8, 8, Double.NaN, 1));
        }
        raw.add(new TextChar("7", 300, 770, 5, 8, 8));
        // a rule displayed vertically (along the sideways text's lines) becomes horizontal
        List<Ruling> rules = List.of(Ruling.vertical(500, 80, 700));
        TextFrames.Framed f = TextFrames.frame(raw, rules, W, H);
        assertEquals(H, f.width());
        assertEquals(W, f.height());
        assertTrue(f.rulings().get(0).isHorizontal(), f.rulings().toString());
        assertEquals(W - 500, f.rulings().get(0).y1(), 1e-9);
        assertEquals(0, f.chars().get(0).turn());
        TextChar pageNo = f.chars().get(f.chars().size() - 1);
        assertEquals(3, pageNo.turn(), "upright text on a page read sideways is turned against it");
        List<TextLine> lines = new LineBuilder().lines(f.chars());
        assertTrue(lines.stream().anyMatch(l -> l.text().equals("Kerala 5738")), lines.toString());
    }

    @Test
    void aVerticalHeaderOnAnUprightPageIsSpelledInReadingOrder() {
        List<TextChar> cs = new ArrayList<>();
        // "Total" printed reading upwards (turn 3): each glyph above the previous one
        String word = "Total";
        for (int i = 0; i < word.length(); i++) {
            cs.add(new TextChar(word.substring(i, i + 1), 200, 300 - 6 * i, 8, 6, 8, Double.NaN, 3));
        }
        cs.add(new TextChar("9", 100, 400, 5, 8, 8));
        List<TextLine> lines = new LineBuilder().lines(cs);
        assertTrue(lines.stream().anyMatch(l -> l.text().equals("Total")), lines.toString());
        String cell = new LineBuilder().spell(cs.subList(0, 5));
        assertEquals("Total", cell);
    }
}
