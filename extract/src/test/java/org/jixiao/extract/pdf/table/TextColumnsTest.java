package org.jixiao.extract.pdf.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.TextChar;
import org.jixiao.extract.pdf.text.LineBuilder;
import org.jixiao.extract.pdf.text.TextLine;
import org.junit.jupiter.api.Test;

class TextColumnsTest {
    private final LineBuilder lines = new LineBuilder();
    private final TextColumns columns = new TextColumns(new TextChunks(1.5));

    private List<TextChar> run(String text, double left, double top) {
        List<TextChar> cs = new ArrayList<>();
        for (int k = 0; k < text.length(); k++) {
            cs.add(new TextChar(text.substring(k, k + 1), left + k * 5, top, 5, 9, 9));
        }
        return cs;
    }

    @Test
    void proseOnBothSidesOfAPageLongGutterMakesTwoColumns() {
        List<TextChar> cs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cs.addAll(run("Somerunningproseinthelefttextcolumn", 50, 100 + 12 * i));
            cs.addAll(run("Morerunningproseintherightcolumnhere", 320, 100 + 12 * i));
        }
        List<List<TextLine>> split = columns.split(lines.lines(cs));
        assertEquals(2, split.size());
        assertEquals(8, split.get(0).size());
        assertEquals(50, split.get(0).get(0).left(), 1e-9);
        assertEquals(320, split.get(1).get(0).left(), 1e-9);
    }

    @Test
    void aPageWideTableOfFiguresStaysWhole() {
        List<TextChar> cs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cs.addAll(run("1" + i + "0", 50, 100 + 12 * i));
            cs.addAll(run("2" + i + "0", 320, 100 + 12 * i));
        }
        assertEquals(1, columns.split(lines.lines(cs)).size());
    }
}
