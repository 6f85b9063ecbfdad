package org.jixiao.extract.pdf.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FigureRecheckTest {
    private final BufferedImage page = new BufferedImage(1000, 1000, BufferedImage.TYPE_BYTE_GRAY);

    /** An engine whose second reading of a figure is given; it records the boxes it was asked about. */
    private static final class Rereading implements OcrEngine {
        final List<Rectangle> asked = new ArrayList<>();
        private final String figure;
        private final double confidence;

        Rereading(String figure, double confidence) {
            this.figure = figure;
            this.confidence = confidence;
        }

        @Override
        public String name() {
            return "test";
        }

        @Override
        public List<OcrWord> read(BufferedImage image, int dpi) {
            return List.of();
        }

        @Override
        public OcrWord readFigure(BufferedImage image, Rectangle box, int dpi) {
            asked.add(box);
            return new OcrWord(figure, box.x + 5, box.y + 5, 40, 20, confidence);
        }
    }

    private static List<String> texts(List<OcrWord> ws) {
        return ws.stream().map(OcrWord::text).toList();
    }

    @Test
    void aFigureGluedToADoubtfulGlyphIsReadAgainAsDigits() throws Exception {
        List<OcrWord> words = List.of(new OcrWord("收入", 338, 1872, 45, 28, 96),
                new OcrWord("了", 393, 1875, 11, 22, 10.9), new OcrWord(".75", 407, 1875, 53, 24, 0),
                new OcrWord("万", 471, 1872, 66, 31, 96));
        Rereading engine = new Rereading("11.75", 74);
        List<OcrWord> out = new FigureRecheck(engine).apply(words, page, 200);
        assertEquals(List.of("收入", "11.75", "万"), texts(out));
        assertEquals(1, engine.asked.size());
        assertEquals(393 - 8, engine.asked.get(0).x);
    }

    @Test
    void anUnsureSecondReadingKeepsTheFirst() throws Exception {
        List<OcrWord> words = List.of(new OcrWord("了", 393, 1875, 11, 22, 10.9), new OcrWord(".75", 407, 1875, 53, 24, 0));
        assertEquals(List.of("了", ".75"), texts(new FigureRecheck(new Rereading("11.75", 40)).apply(words, page, 200)));
        // fewer digits than were read: the second reading lost some, keep the first
        assertEquals(List.of("了", ".75"), texts(new FigureRecheck(new Rereading("7", 90)).apply(words, page, 200)));
    }

    @Test
    void confidentFiguresAndWordsAreLeftAlone() throws Exception {
        Rereading engine = new Rereading("0", 99);
        List<OcrWord> words = List.of(new OcrWord("支出", 100, 100, 50, 28, 95), new OcrWord("67416", 152, 100, 60, 28, 91));
        assertEquals(List.of("支出", "67416"), texts(new FigureRecheck(engine).apply(words, page, 200)));
        assertEquals(0, engine.asked.size());
    }

    @Test
    void aDoubtfulGlyphStandingLeftOfALineIsASpeck() throws Exception {
        List<OcrWord> words = List.of(new OcrWord("。", 1198, 1695, 14, 42, 93), new OcrWord("人", 160, 1788, 23, 45, 54),
                new OcrWord("六、", 209, 1788, 14, 47, 82.5), new OcrWord("其", 271, 1788, 34, 47, 96.5));
        assertEquals(List.of("。", "六、", "其"), texts(new FigureRecheck(new Rereading("0", 99)).apply(words, page, 200)));
    }
}
