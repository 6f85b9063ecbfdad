package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.TextChar;
import org.jixiao.extract.pdf.text.LineBuilder;
import org.jixiao.extract.pdf.text.TextLine;

/**
 * A ruled grid whose rules box groups of rows, not rows: two or more cells of one grid row each hold
 * a column of printed rows on the same baselines, and they are figures (several per line or short
 * lines), not side-by-side paragraphs. Such a table is read from its text inside the frame instead.
 */
final class UnderRuled {
    /** Printed rows a cell must hold to be a stack of table rows. */
    private static final int MIN_LINES = 4;
    /** Baselines this close (pt) are the same printed row. */
    private static final double SAME_ROW = 2;

    private final LineBuilder lineBuilder = new LineBuilder();
    private final TextChunks chunks = new TextChunks(0.8);

    /**
     * @param cells  the grid's cells
     * @param inCell the glyphs inside each cell, in the same order
     */
    boolean test(List<GridCell> cells, List<List<TextChar>> inCell) {
        int rows = cells.stream().mapToInt(c -> c.row() + c.rowSpan()).max().orElse(0);
        for (int r = 0; r < rows; r++) {
            List<List<TextLine>> stacks = new ArrayList<>();
            List<GridCell> owners = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).row() == r && cells.get(i).rowSpan() == 1 && tallEnough(inCell.get(i))) {
                    List<TextLine> lines = lineBuilder.lines(inCell.get(i));
                    if (lines.size() >= MIN_LINES) {
                        stacks.add(lines);
                        owners.add(cells.get(i));
                    }
                }
            }
            if (stacks.size() >= 2 && aligned(stacks) && figures(stacks, owners)) {
                return true;
            }
        }
        return false;
    }

    /** Glyphs spread over the height of several lines (checked before building lines: most cells hold one). */
    private static boolean tallEnough(List<TextChar> glyphs) {
        if (glyphs.size() < MIN_LINES) {
            return false;
        }
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double height = Double.MAX_VALUE;
        for (TextChar c : glyphs) {
            top = Math.min(top, c.top());
            bottom = Math.max(bottom, c.bottom());
            height = Math.min(height, c.height());
        }
        return bottom - top >= (MIN_LINES - 0.5) * height;
    }

    /** Most lines of the shortest stack have a line at the same height in every other stack. */
    private static boolean aligned(List<List<TextLine>> stacks) {
        List<TextLine> base = stacks.stream().min(java.util.Comparator.comparingInt(List::size)).orElseThrow();
        int hits = 0;
        for (TextLine l : base) {
            double y = l.bottom();
            boolean everywhere = stacks.stream()
                    .allMatch(s -> s.stream().anyMatch(o -> Math.abs(o.bottom() - y) <= SAME_ROW));
            hits += everywhere ? 1 : 0;
        }
        return hits >= 0.7 * base.size();
    }

    /** One of the stacks holds figures: several chunks on most lines, or lines well short of the cell. */
    private boolean figures(List<List<TextLine>> stacks, List<GridCell> owners) {
        for (int i = 0; i < stacks.size(); i++) {
            double width = owners.get(i).bbox().right() - owners.get(i).bbox().left();
            int multi = 0;
            int shortLines = 0;
            for (TextLine l : stacks.get(i)) {
                multi += chunks.spans(l).size() >= 2 ? 1 : 0;
                shortLines += l.right() - l.left() < 0.5 * width ? 1 : 0;
            }
            int n = stacks.get(i).size();
            if (multi >= 0.6 * n || shortLines >= 0.8 * n) {
                return true;
            }
        }
        return false;
    }
}
