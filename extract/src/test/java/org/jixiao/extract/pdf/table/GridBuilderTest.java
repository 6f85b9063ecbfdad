package org.jixiao.extract.pdf.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.Ruling;
import org.junit.jupiter.api.Test;

class GridBuilderTest {
    private final RulingMerger merger = new RulingMerger();
    private final GridBuilder builder = new GridBuilder();

    private static String spans(Grid g) {
        StringBuilder sb = new StringBuilder();
        for (GridCell c : g.cells()) {
            sb.append('r').append(c.row()).append('c').append(c.col()).append(':').append(c.rowSpan()).append('x')
                    .append(c.colSpan()).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void fullGridGivesOneCellPerSlot() {
        List<Ruling> lines = new ArrayList<>();
        for (int y = 0; y <= 60; y += 20) {
            lines.add(Ruling.horizontal(y, 0, 300));
        }
        for (int x = 0; x <= 300; x += 100) {
            lines.add(Ruling.vertical(x, 0, 60));
        }
        Grid g = builder.build(merger.merge(lines));
        assertEquals(3, g.rows());
        assertEquals(3, g.cols());
        assertEquals(9, g.cells().size());
    }

    @Test
    void mergedHeaderIsOneCellWithSpans() {
        // header "A" over two rows at the left, "B" over columns 1-2 in the first row
        List<Ruling> lines = new ArrayList<>(List.of(
                Ruling.horizontal(0, 0, 300), Ruling.horizontal(20, 100, 300), Ruling.horizontal(40, 0, 300),
                Ruling.horizontal(60, 0, 300),
                Ruling.vertical(0, 0, 60), Ruling.vertical(100, 0, 60), Ruling.vertical(200, 20, 60),
                Ruling.vertical(300, 0, 60)));
        Grid g = builder.build(merger.merge(lines));
        assertEquals("r0c0:2x1 r0c1:1x2 r1c1:1x1 r1c2:1x1 r2c0:1x1 r2c1:1x1 r2c2:1x1", spans(g));
    }

    @Test
    void brokenAndNearlyTouchingSegmentsAreMergedAndSnapped() {
        // the top border drawn cell by cell, a vertical line stopping 2pt short of the bottom
        List<Ruling> lines = List.of(
                Ruling.horizontal(0, 0, 100), Ruling.horizontal(0.4, 100, 200),
                Ruling.horizontal(30, 0, 200),
                Ruling.vertical(0, 0, 30), Ruling.vertical(100, 0, 28), Ruling.vertical(200, 0, 30));
        List<Ruling> merged = merger.merge(lines);
        assertEquals(2, merged.stream().filter(Ruling::isHorizontal).count());
        Grid g = builder.build(merged);
        assertEquals("r0c0:1x1 r0c1:1x1", spans(g));
    }

    @Test
    void tableWithoutOuterFrameUsesTheLineEnds() {
        // only inner lines: horizontal rules across, one vertical line in the middle
        List<Ruling> lines = List.of(
                Ruling.horizontal(20, 0, 200), Ruling.horizontal(40, 0, 200),
                Ruling.vertical(100, 0, 60));
        Grid g = builder.build(merger.merge(lines));
        assertEquals(List.of(0.0, 100.0, 200.0), g.xs());
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0), g.ys());
        assertEquals(6, g.cells().size());
    }
}
