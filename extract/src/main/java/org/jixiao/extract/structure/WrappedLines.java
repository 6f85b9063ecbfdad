package org.jixiao.extract.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.model.Block;
import org.jixiao.model.BlockType;

/**
 * Recognizes paragraph blocks that are single lines of a wrapped paragraph, as PDF text gives
 * them: when many paragraph blocks have the same printed width, that width is the full line of
 * the page, and a numbered "heading" of that width followed by more text is the first line of a
 * numbered paragraph, not a heading. Word and HTML paragraphs vary in length and have no such
 * width, so nothing changes for them.
 */
final class WrappedLines {
    private static final int MIN_LINE = 20;
    private static final int MIN_SAMPLES = 10;

    private final int fullWidth;

    private WrappedLines(int fullWidth) {
        this.fullWidth = fullWidth;
    }

    /** Measures the full line width of the document, or finds none. */
    static WrappedLines of(List<Block> blocks) {
        Map<Integer, Integer> histogram = new HashMap<>();
        int samples = 0;
        for (Block b : blocks) {
            int w = width(b.text());
            if (b.type() != BlockType.TABLE && w >= MIN_LINE) {
                histogram.merge(w, 1, Integer::sum);
                samples++;
            }
        }
        int best = -1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : histogram.entrySet()) {
            int near = 0;
            for (int d = -1; d <= 1; d++) {
                near += histogram.getOrDefault(e.getKey() + d, 0);
            }
            if (near > bestCount || near == bestCount && e.getKey() > best) {
                best = e.getKey();
                bestCount = near;
            }
        }
        boolean found = samples >= MIN_SAMPLES && bestCount * 5 >= samples;
        return new WrappedLines(found ? best : -1);
    }

    /**
     * True when {@code text} fills (nine tenths of) a full line and {@code next}, a paragraph that
     * is not itself numbered, carries it on.
     */
    boolean wrapsInto(String text, Block next, HeadingRecognizer recognizer) {
        return fullWidth > 0 && width(text) * 10 >= fullWidth * 9 && next != null
                && next.type() != BlockType.TABLE && recognizer.recognize(next.text()).isEmpty();
    }

    /** Printed width: CJK and full-width characters count two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= '\u2E80' && c <= '\uFFEF' ? 2 : 1;
        }
        return w;
    }
}
