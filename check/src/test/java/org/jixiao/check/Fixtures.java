package org.jixiao.check;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.figures.FigureStages;
import org.jixiao.model.Block;
import org.jixiao.model.Cell;
import org.jixiao.model.Fact;
import org.jixiao.model.Indicator;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Table;

/** Reports built in tests: tables from rows of cell texts, paragraphs from sentences. */
public final class Fixtures {
    public static final String RID = "r1";

    private Fixtures() {
    }

    /** A table whose cells carry no quantity (as before the figures stage), each with its provenance. */
    public static Table table(String id, String caption, String unitLine, String[]... rows) {
        List<Cell> cells = new ArrayList<>();
        int cols = 0;
        for (int r = 0; r < rows.length; r++) {
            cols = Math.max(cols, rows[r].length);
            for (int c = 0; c < rows[r].length; c++) {
                cells.add(Cell.of(r, c, rows[r][c], Provenance.ofCell(RID, id, r, c, 3, "test")));
            }
        }
        return new Table(id, caption, unitLine, List.of(3), List.of(), "test", rows.length, cols, cells,
                Provenance.ofCell(RID, id, 0, 0, 3, "test"));
    }

    public static Report report(List<Table> tables, String... paragraphs) {
        return report(2025, tables, List.of(), List.of(), paragraphs);
    }

    public static Report report(Integer year, List<Table> tables, List<Fact> facts, List<Indicator> indicators,
                                String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(Block.paragraph("b" + i, paragraphs[i], Provenance.ofBlock(RID, "b" + i, 1, "test")));
        }
        ReportMeta meta = new ReportMeta("湖南省人力资源和社会保障厅", "湖南省", "province", year, "selfeval-report",
                "t", null, null, null);
        return withYears(new Report(RID, null, meta, blocks, tables, List.of(), facts, indicators, List.of()));
    }

    /** The report with the years of its text and captions read as extract reads them. */
    public static Report withYears(Report r) {
        try {
            return FigureStages.yearMentions().apply(r, new ExtractContext(r.id(), "x", "text/plain", ExtractLimits.defaults()));
        } catch (ExtractionException e) {
            throw new IllegalStateException(e);
        }
    }
}
