package org.jixiao.index.query;

import java.util.List;

import org.jixiao.index.IndexFields;
import org.jixiao.model.Validate;

/**
 * A pivot of one measure: the facts matching {@code filter}, grouped by {@code rows} × {@code cols}.
 *
 * @param filter         which facts (typically a scope and a phase)
 * @param rows           the row dimension, one of {@link #DIMENSIONS}
 * @param cols           the column dimension, one of {@link #DIMENSIONS}
 * @param withProvenance load where each cell's facts were printed (costs one stored-field read per fact)
 * @param maxSources     facts loaded per cell at most when {@code withProvenance}, 1 to
 *                       {@link PivotQuery#MAX_SOURCES_PER_CELL} (a pivot of thousands of cells with one source each
 *                       stays fast; the facts endpoint lists a cell's facts in full)
 */
public record PivotRequest(FactFilter filter, String rows, String cols, boolean withProvenance, int maxSources) {
    /** Dimensions a pivot can group by: fields with doc values on fact documents. */
    public static final List<String> DIMENSIONS = List.of(IndexFields.DEPARTMENT, IndexFields.REGION,
            IndexFields.LEVEL, IndexFields.YEAR, IndexFields.KIND, IndexFields.MEASURE, IndexFields.SCOPE,
            IndexFields.PHASE, IndexFields.PERIOD, IndexFields.UNIT);

    public PivotRequest {
        Validate.notNullParam(filter, "filter");
        Validate.notNullParam(rows, "rows");
        Validate.notNullParam(cols, "cols");
        Validate.isTrue(DIMENSIONS.contains(rows), "rows must be one of " + DIMENSIONS + ", not '" + rows + "'");
        Validate.isTrue(DIMENSIONS.contains(cols), "cols must be one of " + DIMENSIONS + ", not '" + cols + "'");
        Validate.isTrue(maxSources >= 1 && maxSources <= PivotQuery.MAX_SOURCES_PER_CELL,
                "maxSources must be between 1 and " + PivotQuery.MAX_SOURCES_PER_CELL);
    }

    public PivotRequest(FactFilter filter, String rows, String cols, boolean withProvenance) {
        this(filter, rows, cols, withProvenance, PivotQuery.MAX_SOURCES_PER_CELL);
    }
}
