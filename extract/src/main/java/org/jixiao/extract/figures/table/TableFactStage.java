package org.jixiao.extract.figures.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.Requirement;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.TableUnits;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.extract.figures.layout.TableKinds;
import org.jixiao.extract.figures.layout.LayoutMeaning;
import org.jixiao.model.Cell;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;
import org.jixiao.model.Validate;

/**
 * Facts from tables: each numeric cell becomes a {@link Fact} whose phase and period come from
 * its column header, whose scope and subject come from its row label (or the caption for 合计), in
 * the unit printed in the cell, its header, the header group or the table's unit line. The parsed
 * quantity is also put into the cell, so checks can work on cells.
 *
 * <p>Header rows are recognized anywhere in a table (base-data tables restart their columns
 * midway); a text-only row with several cells ends the current header, after which a number is
 * read with the label printed to its left.
 */
public final class TableFactStage implements ReportStage {
    private static final int MAX_ROWS_FOR_ALIGNMENT = 15;
    private final NumberReader numbers;
    private final TableUnits units;
    private final Vocabulary vocabulary;
    private final HeaderReader headers;
    private final RowReader rows;
    private final LayoutMeaning meaning = new LayoutMeaning();
    private final LayoutFactReader layoutFacts;
    private final FormFactReader formFacts;
    private final ScoreSheetMoney sheetMoney;
    private final TableKinds kinds;

    public TableFactStage(NumberReader numbers, TableUnits units, Vocabulary vocabulary, TableKinds kinds) {
        this.kinds = Validate.notNullParam(kinds, "kinds");
        this.numbers = Validate.notNullParam(numbers, "numbers");
        this.units = Validate.notNullParam(units, "units");
        this.vocabulary = Validate.notNullParam(vocabulary, "vocabulary");
        this.headers = new HeaderReader(vocabulary, units);
        this.rows = new RowReader(vocabulary);
        this.layoutFacts = new LayoutFactReader(numbers, rows, meaning);
        this.formFacts = new FormFactReader(numbers, units);
        this.sheetMoney = new ScoreSheetMoney(numbers, units);
    }

    @Override
    public String name() {
        return "table-facts";
    }

    @Override
    public Set<Requirement> requires() {
        // captions and unit lines come from the structure stage; the blocks above a table are a fallback
        return EnumSet.of(Requirement.TABLES, Requirement.CAPTIONS, Requirement.META, Requirement.LAYOUTS);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.FACTS);
    }

    @Override
    public Report apply(Report report, ExtractContext ctx) throws ExtractionException {
        Validate.notNullParam(report, "report");
        Validate.notNullParam(ctx, "ctx");
        List<Fact> facts = new ArrayList<>(report.facts());
        List<Table> tables = new ArrayList<>();
        for (Table t : report.tables()) {
            ctx.checkDeadline();
            TableContext tc = TableContext.of(report, t, vocabulary, units, kinds);
            List<Cell> cells = new ArrayList<>(t.cells());
            if (FormFactReader.applies(t)) {
                facts.addAll(formFacts.read(report.id(), t, tc, cells));
            } else if (LayoutFactReader.applies(t)) {
                facts.addAll(layoutFacts.read(report.id(), t, tc, cells));
            } else {
                List<Fact> own = new ArrayList<>();
                for (Fact f : read(report.id(), t, tc, cells)) {
                    own.add(meaning.apply(f, t));
                }
                facts.addAll(StaffControlRate.apply(own));
            }
            tables.add(t.withCells(cells));
        }
        return report.withFigures(report.meta(), facts, report.indicators(), tables);
    }

    /** Facts of one table; {@code cells} gets the parsed quantities. */
    List<Fact> read(String reportId, Table t, TableContext tc, List<Cell> cells) {
        Grid grid = new Grid(t);
        List<Fact> out = new ArrayList<>();
        HeaderState hs = new HeaderState();
        for (int r = 0; r < grid.rows(); r++) {
            List<Integer> numeric = numericColumns(grid, r, hs.roles);
            if (numeric.isEmpty()) {
                if (indicatorHeader(grid.row(r))) {
                    // 一级指标 | 二级指标 | 三级指标 | … | 分值 | 得分: indicators below, read by the score-sheet stage
                    break;
                }
                hs.textRow(grid.row(r), headers, units, vocabulary);
                continue;
            }
            hs.lastWasHeader = false;
            if (!hs.aligned) {
                hs.aligned = true;
                List<Integer> columns = numberColumnsBelow(grid, r);
                if (misaligned(hs.roles, columns)) {
                    hs.roles = headers.realign(hs.headerRows, columns, grid.cols());
                    numeric = numericColumns(grid, r, hs.roles);
                    if (numeric.isEmpty()) {
                        continue;
                    }
                }
            }
            String label = rowLabel(grid, r, numeric.get(0));
            if (Vocabulary.normalize(label).equals("总分")) {
                continue; // a score sheet's 总分 row is the score-sheet stage's
            }
            // the template row is told by its own figures, whatever the (broken) header says of their columns
            List<Integer> all = numericColumns(grid, r, null);
            String plainLabel = rowLabel(grid, r, all.get(0));
            if (sheetMoney.applies(plainLabel, t, tc, grid, r, all) && !ScoreSheetMoney.headerAgrees(hs, all)) {
                out.addAll(sheetMoney.facts(reportId, t, tc, grid, r, all, plainLabel));
                for (int c : all) {
                    Cell cell = grid.origin(r, c);
                    numbers.readCell(cell.text(), Unit.NONE).ifPresent(q -> replace(cells, cell, cell.withQuantity(q)));
                }
                continue;
            }
            ColumnRole.Kind labelKind = labelKind(hs.roles, numeric.get(0));
            RowRole rr = rows.read(label, labelKind, tc.scope(), tc.fund());
            for (int c : numeric) {
                Cell cell = grid.origin(r, c);
                ColumnRole cr = hs.role(c);
                Unit fallback = firstNonNull(cr == null ? null : cr.unit(), hs.groupUnit, tc.unit(), Unit.NONE);
                if (cr != null && cr.kind() == ColumnRole.Kind.INDICATOR && cr.unit() == null
                        && ("weight".equals(cr.scope()) || "score".equals(cr.scope()))) {
                    fallback = Unit.POINT;
                }
                Optional<Quantity> q = numbers.readCell(cell.text(), fallback);
                if (q.isEmpty()) {
                    continue;
                }
                replace(cells, cell, cell.withQuantity(q.get()));
                if (cr != null && (cr.kind() == ColumnRole.Kind.INDICATOR || cr.kind() == ColumnRole.Kind.NOTE)) {
                    continue;
                }
                out.add(fact(reportId, t, tc, grid, r, c, numeric.get(0), rr, cr, hs, q.get()));
            }
        }
        return out;
    }

    private Fact fact(String reportId, Table t, TableContext tc, Grid grid, int r, int c, int firstNumeric, RowRole rr,
                      ColumnRole cr, HeaderState hs, Quantity q) {
        boolean valueColumn = cr != null && cr.kind() == ColumnRole.Kind.VALUE;
        String rowLabel = rr.label();
        String phase = valueColumn ? cr.phase() : null;
        String colLabel = valueColumn ? flat(cr.header()) : "";
        int labelCol = grid.textColumnLeftOf(r, c);
        String scope;
        if (valueColumn && labelCol > firstNumeric) {
            // side-by-side blocks (收入 | 金额 | 支出 | 金额): the label is the text just left of the number
            rowLabel = grid.text(r, labelCol).strip();
            rr = rows.read(rowLabel, ColumnRole.Kind.LABEL, tc.scope(), tc.fund());
        }
        scope = rr.scope();
        if (!valueColumn) {
            // no column header applies: the label is the text printed just left of the number
            String left = grid.textLeftOf(r, c);
            if (!left.isEmpty()) {
                rowLabel = left;
                RowRole pair = rows.read(left, ColumnRole.Kind.LABEL, tc.scope(), tc.fund());
                scope = pair.scope();
                rr = pair;
                phase = vocabulary.match(Vocabulary.PHASE, left).orElse(null);
            }
        }
        if (phase == null && !valueColumn && q.unit() == Unit.PERCENT) {
            // a percentage under no header in a money table is its execution rate
            phase = "rate";
        }
        if (valueColumn && cr.scope() != null) {
            String columnScope = HeaderReader.TOTAL_COLUMN.equals(cr.scope())
                    ? (tc.scope() != null ? tc.scope() : "total") : cr.scope();
            // staff columns name the figure; a money scope column names it for a total or unlabelled row
            if (columnScope.startsWith("staff") || scope == null || rr.total()) {
                scope = columnScope;
            }
        }
        if (phase == null && tc.documentPhase() != null && q.unit().dimension() == Unit.Dimension.MONEY) {
            // a budget disclosure prints budget figures in columns named only 金额 or by scope
            phase = tc.documentPhase();
        }
        if (scope == null) {
            scope = hs.groupScope;
        }
        String measure = rr.measure() != null ? rr.measure() : measureOf(q.unit(), phase);
        String period = cr != null && cr.period() != null ? cr.period() : tc.period();
        String subject = rr.subject() != null ? rr.subject() : (valueColumn ? flat(cr.header()) : null);
        String label = colLabel.isEmpty() ? flat(rowLabel) : (flat(rowLabel).isEmpty() ? colLabel : flat(rowLabel) + " / " + colLabel);
        Cell cell = grid.origin(r, c);
        Provenance p = cell.provenance() != null ? cell.provenance()
                : Provenance.ofCell(reportId, t.id(), r, c, t.pages().size() == 1 ? t.pages().get(0) : null, t.method());
        if (p.reportId() == null) {
            p = p.withReportId(reportId);
        }
        return new Fact(measure, scope, subject, period, phase, q, label, p);
    }

    /** The header of a score sheet's indicators (三级指标 … 分值 得分). */
    static boolean indicatorHeader(List<String> row) {
        String joined = Vocabulary.normalize(String.join("|", row));
        return (joined.contains("三级指标") || joined.contains("二级指标")) && (joined.contains("分值") || joined.contains("得分"));
    }

    /** The number columns of the data rows from {@code r} down to the next text-only row. */
    private List<Integer> numberColumnsBelow(Grid grid, int r) {
        java.util.TreeSet<Integer> cols = new java.util.TreeSet<>();
        for (int k = r; k < grid.rows() && k < r + MAX_ROWS_FOR_ALIGNMENT; k++) {
            List<Integer> n = numericColumns(grid, k, null);
            if (n.isEmpty()) {
                break;
            }
            cols.addAll(n);
        }
        return new ArrayList<>(cols);
    }

    /** True when some number column has no value or indicator header over it. */
    private static boolean misaligned(List<ColumnRole> roles, List<Integer> columns) {
        if (roles == null) {
            return false;
        }
        for (int c : columns) {
            ColumnRole role = c < roles.size() ? roles.get(c) : null;
            if (role != null && role.isLabel()) {
                continue;
            }
            if (role == null || !(role.kind() == ColumnRole.Kind.VALUE || role.kind() == ColumnRole.Kind.INDICATOR
                    || role.kind() == ColumnRole.Kind.NOTE || role.kind() == ColumnRole.Kind.ORDINAL)) {
                return true;
            }
        }
        return false;
    }

    static String measureOf(Unit unit, String phase) {
        if ("rate".equals(phase) || unit.dimension() == Unit.Dimension.RATIO) {
            return "rate";
        }
        return switch (unit.dimension()) {
            case COUNT -> "count";
            case SCORE -> "score";
            case AREA -> "area";
            default -> "change".equals(phase) ? "change" : "amount";
        };
    }

    private List<Integer> numericColumns(Grid grid, int r, List<ColumnRole> roles) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < grid.cols(); c++) {
            Cell cell = grid.origin(r, c);
            if (cell == null) {
                continue;
            }
            ColumnRole role = roles != null && c < roles.size() ? roles.get(c) : null;
            if (role != null && (role.kind() == ColumnRole.Kind.ORDINAL || role.isLabel())) {
                continue;
            }
            if (numbers.readCell(cell.text(), Unit.NONE).isPresent()) {
                out.add(c);
            }
        }
        // a lone small integer in the first column is a row number, not a figure
        boolean firstIsValue = roles != null && !roles.isEmpty() && roles.get(0).kind() == ColumnRole.Kind.VALUE;
        if (!out.isEmpty() && out.get(0) == 0 && out.size() > 1 && !firstIsValue
                && grid.text(r, 0).strip().matches("\\d{1,3}")) {
            out.remove(0);
        }
        return out;
    }

    private static String rowLabel(Grid grid, int r, int firstNumeric) {
        LinkedHashSet<String> parts = new LinkedHashSet<>();
        for (int c = 0; c < firstNumeric; c++) {
            String s = grid.text(r, c).strip();
            // an ordinal column holds row numbers, but 合计 is often printed (merged) into it
            if (s.isEmpty() || s.matches("[\\d.、]{1,4}")
                    || s.matches("[-—–/／\\s]+")) {
                continue;
            }
            parts.add(s);
        }
        return String.join(" ", parts);
    }

    private static ColumnRole.Kind labelKind(List<ColumnRole> roles, int firstNumeric) {
        if (roles != null) {
            for (int c = 0; c < Math.min(firstNumeric, roles.size()); c++) {
                if (roles.get(c).isLabel()) {
                    return roles.get(c).kind();
                }
            }
        }
        return ColumnRole.Kind.LABEL;
    }

    private static void replace(List<Cell> cells, Cell old, Cell updated) {
        int i = cells.indexOf(old);
        if (i >= 0) {
            cells.set(i, updated);
        }
    }

    static String flat(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000]+", "");
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
