package org.jixiao.pipeline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.index.query.FactRow;
import org.jixiao.index.query.FindingRow;
import org.jixiao.index.query.IndexView;
import org.jixiao.index.query.PivotCell;
import org.jixiao.index.query.PivotTable;
import org.jixiao.index.query.ReportInfo;
import org.jixiao.model.Validate;

/** Query results from the index as {@link ResultTable}s (and the pivot as JSON-ready maps). */
public final class IndexTables {
    public static final List<String> FINDING_COLUMNS = List.of("severity", "rule", "department", "year", "report",
            "page", "message", "expected", "actual", "unit");
    public static final List<String> REPORT_COLUMNS = List.of("report", "department", "region", "level", "year", "kind",
            "blocks", "tables", "facts", "findings");

    private final IndexView view;
    private final Map<String, String> fileNames = new HashMap<>();

    public IndexTables(IndexView view) {
        this.view = Validate.notNullParam(view, "view");
    }

    /** The report's file name (its id when unknown). */
    public String fileName(String reportId) {
        return fileNames.computeIfAbsent(reportId, id -> {
            try {
                ReportInfo r = view.report(id);
                return r == null || r.fileName() == null ? id : r.fileName();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Facts in the same columns as {@code jixiao facts PATH...} prints. */
    public ResultTable facts(List<FactRow> rows) {
        ResultTable t = new ResultTable(FactRows.COLUMNS);
        for (FactRow f : rows) {
            t.add(List.of(fileName(f.reportId()), str(f.department()), str(f.year()), str(f.measure()), str(f.scope()),
                    str(f.subject()), str(f.period()), str(f.phase()), f.plainValue(),
                    "none".equals(f.unit()) ? "" : str(f.unit()),
                    f.value() == null ? "" : f.value().stripTrailingZeros().toPlainString(), str(f.label()),
                    f.provenance().describe()));
        }
        return t;
    }

    public ResultTable findings(List<FindingRow> rows) {
        ResultTable t = new ResultTable(FINDING_COLUMNS);
        for (FindingRow f : rows) {
            t.add(List.of(str(f.severity()), str(f.rule()), str(f.department()), str(f.year()), fileName(f.reportId()),
                    str(f.page()), f.messageZh() != null ? f.messageZh() : str(f.messageEn()), str(f.expected()),
                    str(f.actual()), str(f.unit())));
        }
        return t;
    }

    public static ResultTable reports(List<ReportInfo> reports) {
        ResultTable t = new ResultTable(REPORT_COLUMNS);
        for (ReportInfo r : reports) {
            t.add(List.of(str(r.fileName()), str(r.department()), str(r.region()), str(r.level()), str(r.year()),
                    str(r.kind()), str(r.blocks()), str(r.tables()), str(r.facts()), str(r.findings())));
        }
        return t;
    }

    /** The pivot as a grid: the row key, then one column per column key; "*" marks disagreeing facts. */
    public static ResultTable pivot(PivotTable p) {
        List<String> cols = new ArrayList<>();
        cols.add(p.rowDim() + " \\ " + p.colDim());
        cols.addAll(p.cols());
        ResultTable t = new ResultTable(cols);
        for (String r : p.rows()) {
            List<String> row = new ArrayList<>();
            row.add(r);
            for (String c : p.cols()) {
                PivotCell cell = p.cell(r, c);
                row.add(cell == null ? "" : cell.display() + (cell.conflicting() ? "*" : ""));
            }
            t.add(row);
        }
        return t;
    }

    /** The pivot with each cell's value and where its facts were printed. */
    public Map<String, Object> pivotJson(PivotTable p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", p.rowDim());
        m.put("cols", p.colDim());
        m.put("rowKeys", p.rows());
        m.put("colKeys", p.cols());
        List<Map<String, Object>> cells = new ArrayList<>();
        for (String r : p.rows()) {
            for (String c : p.cols()) {
                PivotCell cell = p.cell(r, c);
                if (cell != null) {
                    cells.add(cellJson(r, c, cell));
                }
            }
        }
        m.put("cells", cells);
        return m;
    }

    private Map<String, Object> cellJson(String r, String c, PivotCell cell) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", r);
        m.put("col", c);
        m.put("value", cell.value());
        m.put("display", cell.display());
        m.put("facts", cell.facts());
        m.put("distinctValues", cell.distinct());
        List<Map<String, Object>> sources = new ArrayList<>();
        for (FactRow f : cell.sources()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("report", fileName(f.reportId()));
            s.put("reportId", f.reportId());
            s.put("printed", f.printedWithUnit());
            s.put("label", f.label());
            s.put("provenance", f.provenance());
            sources.add(s);
        }
        m.put("sources", sources);
        return m;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
