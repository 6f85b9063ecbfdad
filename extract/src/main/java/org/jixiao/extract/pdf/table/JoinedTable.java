package org.jixiao.extract.pdf.table;

import java.util.List;

import org.jixiao.model.Validate;

/**
 * One logical table made of page parts (a table continued on the next pages).
 *
 * @param rows      grid rows over all parts
 * @param cols      grid columns
 * @param cells     the cells with rows renumbered over all parts
 * @param cellPages the page of each cell, same order as {@code cells}
 * @param method    lattice or stream (of the first part)
 */
public record JoinedTable(int rows, int cols, List<GridCell> cells, List<Integer> cellPages, String method) {
    public JoinedTable {
        cells = Validate.copy(cells);
        cellPages = Validate.copy(cellPages);
        Validate.isTrue(cells.size() == cellPages.size(), "one page per cell");
    }
}
