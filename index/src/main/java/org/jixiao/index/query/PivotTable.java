package org.jixiao.index.query;

import java.util.List;
import java.util.Map;

/** A pivot: sorted row and column keys and the cells by row, then column (absent = no fact). */
public record PivotTable(String rowDim, String colDim, List<String> rows, List<String> cols,
                         Map<String, Map<String, PivotCell>> cells, long facts) {
    public PivotCell cell(String row, String col) {
        Map<String, PivotCell> r = cells.get(row);
        return r == null ? null : r.get(col);
    }
}
