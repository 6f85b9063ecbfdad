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
import org.jixiao.index.query.PivotValue;
import org.jixiao.index.query.ReportInfo;
import org.jixiao.model.Validate;

/** Query results from the index as {@link ResultTable}s (and the pivot as JSON-ready maps). */
public final class IndexTables {
    public static final List<String> FINDING_COLUMNS = List.of("severity", "rule", "department", "year", "report",
            "page", "message", "expected", "actual", "unit");
    public static final List<String> REPORT_COLUMNS = List.of("report", "department", "region", "level", "year", "kind",
            "blocks", "tables", "facts", "findings");

    private final Reports reports;
    private final Map<String, String> fileNames = new HashMap<>();

    /** Where the file names of reports are looked up: any index, by report id. */
    @FunctionalInterface
    public interface Reports {
        /** The report with this id, or null. */
        ReportInfo report(String reportId) throws IOException;
    }

    public IndexTables(IndexView view) {
        this(Validate.notNullParam(view, "view")::report);
    }

    public IndexTables(Reports reports) {
        this.reports = Validate.notNullParam(reports, "reports");
    }

    /** The report's file name (its id when unknown). */
    public String fileName(String reportId) {
        return fileNames.computeIfAbsent(reportId, id -> {
            try {
                ReportInfo r = reports.report(id);
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
                    f.provenance().describe(), f.basisText()));
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

    /**
     * The pivot as a grid: the row key, then one column per column key. A cell whose facts disagree
     * shows each value, with where it was printed when the pivot loaded provenance:
     * "86.56% (p.3 block b5) ≠ 85% (p.1 table t2 r4c5)".
     */
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
                row.add(cell == null ? "" : cellText(cell));
            }
            t.add(row);
        }
        return t;
    }

    private static String cellText(PivotCell cell) {
        if (!cell.conflicting()) {
            return cell.display();
        }
        StringBuilder sb = new StringBuilder();
        for (PivotValue v : cell.values()) {
            sb.append(sb.length() == 0 ? "" : " ≠ ").append(v.display());
            if (v.source() != null) {
                sb.append(" (").append(v.source().department() == null ? "" : v.source().department() + " ")
                        .append(v.source().where()).append(')');
            }
        }
        return sb.append(cell.values().size() < cell.distinct() ? " ≠ …" : "").toString();
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
        List<Map<String, Object>> values = new ArrayList<>();
        for (PivotValue v : cell.values()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("value", v.value());
            x.put("display", v.display());
            x.put("facts", v.facts());
            x.put("source", v.source() == null ? null : sourceJson(v.source()));
            values.add(x);
        }
        m.put("values", values);
        m.put("sources", cell.sources().stream().map(this::sourceJson).toList());
        return m;
    }

    /** Where a fact was printed and why it counts: its entity, qualifiers and basis. */
    private Map<String, Object> sourceJson(FactRow f) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("report", fileName(f.reportId()));
        s.put("reportId", f.reportId());
        s.put("factId", f.factId());
        s.put("printed", f.printedWithUnit());
        s.put("label", f.label());
        s.put("entity", f.entity());
        s.put("qualifiers", f.qualifiers());
        s.put("canonical", f.canonical());
        // an empty basis says extract recorded none (facts of older extractions)
        s.put("basis", f.basis() == null ? Map.of() : f.basis());
        s.put("provenance", f.provenance());
        return s;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
