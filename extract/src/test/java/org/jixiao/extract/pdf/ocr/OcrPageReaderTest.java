package org.jixiao.extract.pdf.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jixiao.extract.pdf.TextChar;
import org.jixiao.extract.pdf.text.LineBuilder;
import org.jixiao.extract.pdf.text.TextLine;
import org.junit.jupiter.api.Test;

class OcrPageReaderTest {
    @Test
    void wordsBecomeOneLineInTheEnginesOrderWithNumbersJoined() {
        List<OcrWord> words = List.of(
                new OcrWord("公司", 100, 100, 40, 20, 96),
                new OcrWord("公告", 138, 101, 40, 20, 95),   // overlaps the word before it
                new OcrWord("9,", 180, 100, 14, 22, 90),
                new OcrWord("500", 199, 100, 30, 20, 88),
                new OcrWord("万元", 232, 100, 40, 20, 97),
                new OcrWord("。", 272, 112, 8, 6, 80));     // small, low box
        List<TextChar> chars = OcrPageReader.chars(words, 72.0 / 200, List.of());
        List<TextLine> lines = new LineBuilder().lines(chars);
        assertEquals(1, lines.size());
        assertEquals("公司公告9,500万元。", lines.get(0).text());
        assertEquals(88, chars.stream().filter(c -> c.text().equals("9,500")).findFirst().orElseThrow().confidence());
    }

    @Test
    void aWordBeyondAColumnLineKeepsItsPlace() {
        List<OcrWord> words = List.of(
                new OcrWord("单位名称", 100, 100, 80, 20, 96),
                new OcrWord("上年", 170, 100, 40, 20, 95));
        List<TextChar> chars = OcrPageReader.chars(words, 1, List.of(175.0));
        assertEquals(170, chars.stream().filter(c -> c.text().equals("上")).findFirst().orElseThrow().left(), 0.01);
    }
}
