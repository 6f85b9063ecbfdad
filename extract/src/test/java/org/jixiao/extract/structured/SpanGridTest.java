package org.jixiao.extract.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jixiao.model.Cell;
import org.jixiao.model.Provenance;
import org.junit.jupiter.api.Test;

class SpanGridTest {
    private static SpanGrid grid(long max) {
        return new SpanGrid((r, c) -> Provenance.ofCell("rep", "t0", r, c, null, "test"), max);
    }

    @Test
    void cellsSkipSlotsHeldByRowSpansFromAbove() {
        SpanGrid g = grid(100);
        g.startRow();
        g.add("A", 3, 1);
        g.add("B", 1, 2);
        g.startRow();
        g.add("C", 1, 1);
        g.add("D", 2, 1);
        g.startRow();
        g.add("E", 1, 1);
        assertEquals(3, g.rows());
        assertEquals(3, g.cols());
        List<Cell> cells = g.cells();
        assertEquals(List.of("A", "B", "C", "D", "E"), cells.stream().map(Cell::text).toList());
        Cell e = cells.get(4);
        assertEquals(2, e.row());
        assertEquals(1, e.col(), "(2,0) is A's and (2,2) is D's, so E lands at (2,1)");
        assertEquals("t0", e.provenance().tableId());
        assertEquals(2, e.provenance().row());
        assertEquals(1, e.provenance().col());
        assertFalse(g.truncated());
    }

    @Test
    void boundedBySlots() {
        SpanGrid g = grid(6);
        g.startRow();
        for (int i = 0; i < 10; i++) {
            g.add("x" + i, 1, 1);
        }
        assertTrue(g.truncated());
        assertEquals(6, g.cells().size());
        assertThrows(IllegalArgumentException.class, () -> grid(0));
    }
}
