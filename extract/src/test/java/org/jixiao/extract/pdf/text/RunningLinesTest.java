package org.jixiao.extract.pdf.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.TextChar;
import org.junit.jupiter.api.Test;

class RunningLinesTest {
    private static final double HEIGHT = 842;
    private final LineBuilder builder = new LineBuilder();

    private TextLine line(String text, double top) {
        List<TextChar> cs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            cs.add(new TextChar(text.substring(i, i + 1), 90 + 12 * i, top, 12, 12, 12));
        }
        return builder.line(cs);
    }

    private List<TextLine> page(int n, boolean withHeader) {
        List<TextLine> lines = new ArrayList<>();
        if (withHeader) {
            lines.add(line("江苏省人民检察院2017年部门预算", 30));
        }
        lines.add(line("第" + n + "部分的正文第一行", 200));
        lines.add(line("正文第二行，页" + n, 400));
        lines.add(line("第 " + n + " 页 共 25 页", 810));
        return lines;
    }

    @Test
    void headerAndFooterRecurringOnPagesAreRunningBodyIsNot() {
        List<List<TextLine>> pages = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            pages.add(page(n, n != 1));
            heights.add(HEIGHT);
        }
        RunningLines running = RunningLines.find(pages, heights);
        List<TextLine> p3 = pages.get(2);
        assertTrue(running.isRunning(p3.get(0), p3, HEIGHT), "header");
        assertTrue(running.isRunning(p3.get(3), p3, HEIGHT), "footer, page number aside");
        assertFalse(running.isRunning(p3.get(1), p3, HEIGHT), "body");
        assertFalse(running.isRunning(p3.get(2), p3, HEIGHT), "body");
    }

    @Test
    void aLineOnTwoPagesIsNotRunning() {
        List<List<TextLine>> pages = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            pages.add(page(n, n <= 2));
            heights.add(HEIGHT);
        }
        RunningLines running = RunningLines.find(pages, heights);
        assertFalse(running.isRunning(pages.get(0).get(0), pages.get(0), HEIGHT));
    }
}
