package org.jixiao.pipeline.output;

import java.util.List;

import org.jixiao.index.query.FactRow;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;

/** Facts of reports as a {@link ResultTable}: one row per fact, provenance and basis (why it counts) included. */
public final class FactRows {
    public static final List<String> COLUMNS = List.of("report", "department", "year", "measure", "scope", "subject",
            "period", "phase", "value", "unit", "normalized", "label", "provenance", "basis");

    private FactRows() {
    }

    public static ResultTable of(List<Report> reports) {
        ResultTable t = new ResultTable(COLUMNS);
        for (Report r : reports) {
            for (Fact f : r.facts()) {
                t.add(row(r, f));
            }
        }
        return t;
    }

    static List<String> row(Report r, Fact f) {
        String name = r.source() == null ? r.id() : r.source().fileName();
        return List.of(name, str(r.meta().department()), str(r.meta().fiscalYear()), f.measure(), str(f.scope()),
                str(f.subject()), str(f.period()), str(f.phase()), f.quantity().value().toPlainString(),
                f.quantity().unit().symbol(), f.quantity().normalized().stripTrailingZeros().toPlainString(),
                str(f.label()), f.provenance() == null ? "" : f.provenance().describe(), FactRow.basisText(f.basis()));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
