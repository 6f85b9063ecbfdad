package org.jixiao.extract.figures.meta;

import java.util.Optional;

import org.jixiao.extract.figures.NumberReader;
import org.jixiao.model.Cell;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;

/**
 * The total of the first score sheet: the last number in the row labelled 总分 (the weights' 100
 * may stand before it).
 *
 * @param score      the total as printed
 * @param provenance its cell
 */
record ScoreTotal(Quantity score, Provenance provenance) {
    static ScoreTotal find(Report report, NumberReader numbers) {
        for (Table t : report.tables()) {
            for (Cell label : t.cells()) {
                String s = label.text().replaceAll("\\s+", "");
                if (!(s.equals("总分") || s.equals("自评总分") || s.equals("总得分"))) {
                    continue;
                }
                Cell last = null;
                Quantity lastQ = null;
                for (Cell c : t.cells()) {
                    if (c.row() == label.row() && c.col() > label.col()) {
                        Optional<Quantity> q = numbers.readCell(c.text(), Unit.POINT);
                        if (q.isPresent() && (last == null || c.col() > last.col())) {
                            last = c;
                            lastQ = q.get();
                        }
                    }
                }
                if (last != null) {
                    Provenance p = last.provenance() != null ? last.provenance().withReportId(report.id())
                            : Provenance.ofCell(report.id(), t.id(), last.row(), last.col(), null, "meta");
                    return new ScoreTotal(lastQ, p);
                }
            }
        }
        return null;
    }
}
