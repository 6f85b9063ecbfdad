package org.jixiao.extract.figures.table;

import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.TableUnits;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.extract.figures.layout.LayoutMeaning;
import org.jixiao.model.Basis;
import org.jixiao.model.Cell;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts of a 绩效目标申报表 form: "label：value" pairs rather than a grid. Its money labels
 * (项目总金额, 本年度项目金额, 年度资金总额 …) are the project's budget, scoped to the project the form
 * names (项目名称：…); the 中期规划 total covers the years of its 实施期限.
 */
final class FormFactReader {
    private static final Pattern MONEY = Pattern.compile("项目总金额|本年度项目金额|年度资金总额|中期资金总额|年度资金申请总额|项目资金总额|资金总额");
    private static final Pattern YEARS = Pattern.compile("^(\\d{1,2})(年)?$");
    private final NumberReader numbers;
    private final TableUnits units;

    FormFactReader(NumberReader numbers, TableUnits units) {
        this.numbers = numbers;
        this.units = units;
    }

    static boolean applies(Table t) {
        return t.layout() != null && "budget.performance-targets".equals(t.layout().kind());
    }

    List<Fact> read(String reportId, Table t, TableContext tc, List<Cell> cells) {
        Optional<String> project = valueOf(t, "项目名称");
        List<Fact> out = new ArrayList<>();
        if (project.isEmpty()) {
            return out;
        }
        String scope = "item:" + Vocabulary.normalize(project.get());
        Integer years = valueOf(t, "实施期限").map(String::strip).map(YEARS::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).orElse(null);
        for (Cell label : t.cells()) {
            String text = Vocabulary.normalize(label.text());
            if (!MONEY.matcher(text).find() || !text.endsWith(":")) {
                continue;
            }
            Cell value = right(t, label);
            Unit unit = units.fromHeader(label.text()).orElse(Unit.NONE);
            Optional<Quantity> q = value == null ? Optional.empty() : numbers.readCell(value.text(), unit);
            if (q.isEmpty()) {
                continue;
            }
            int i = cells.indexOf(value);
            if (i >= 0) {
                cells.set(i, value.withQuantity(q.get()));
            }
            boolean multiYear = text.contains("中期") || text.startsWith("项目总金额");
            String period = multiYear ? (years == null || tc.period() == null ? null
                    : tc.period() + "-" + (Integer.parseInt(tc.period()) + years - 1)) : tc.period();
            Provenance p = value.provenance() != null ? value.provenance()
                    : Provenance.ofCell(reportId, t.id(), value.row(), value.col(), null, t.method());
            out.add(new Fact("amount", scope, project.get(), period, "budget-final", q.get(),
                    TableFactStage.flat(label.text()), p, LayoutMeaning.cellId(t.id(), value.row(), value.col()),
                    scope, List.of(), new Basis("form:项目名称 + label:" + text, "form label", multiYear
                    ? "report year + 实施期限" : "report year")));
        }
        out.addAll(costFigures(reportId, t, scope, project.get(), tc));
        return out;
    }

    /**
     * Money the form states about its project besides the amount: each 成本 indicator's target and each
     * money figure of the 测算依据 (measure {@code cost-target} / {@code basis-amount}), so a check can
     * compare them with the amount (an amount entered in 元 under a 万元 heading is 10,000 times them).
     * A bare 万 there is 万元. Qualifiers say what a figure is not: {@code per-unit} (每人, 单价, /台),
     * {@code floor} (不低于), {@code explanation} (printed in the 指标解释 rather than the 目标值 column).
     */
    private List<Fact> costFigures(String reportId, Table t, String scope, String project, TableContext tc) {
        List<Fact> out = new ArrayList<>();
        int targetCol = headerCol(t, "目标值");
        for (Cell c : t.cells()) {
            String text = Vocabulary.normalize(c.text());
            String measure = text.equals("成本") || text.endsWith("成本指标") ? "cost-target"
                    : text.startsWith("测算依据") ? "basis-amount" : null;
            if (measure == null) {
                continue;
            }
            int last = "cost-target".equals(measure) ? lastRowOf(t, c) : c.row() + Math.max(1, c.rowSpan()) - 1;
            List<Cell> row = t.cells().stream().filter(x -> x.row() >= c.row() && x.row() <= last && x.col() > c.col())
                    .toList();
            for (Cell v : row) {
                for (var m : numbers.findMoney(v.text())) {
                    Quantity q = m.quantity();
                    if (q.unit().dimension() != Unit.Dimension.MONEY) {
                        continue;
                    }
                    List<String> qualifiers = new ArrayList<>(CostWords.qualifiers(v.text(), m.start(), m.end()));
                    if ("cost-target".equals(measure) && targetCol >= 0 && v.col() != targetCol) {
                        qualifiers.add(v.col() > targetCol ? "explanation" : "indicator-name");
                    }
                    if ("cost-target".equals(measure) && !CostWords.wholeProject(nameOf(t, v.row(), targetCol), v.text())) {
                        qualifiers.add("component");
                    }
                    Provenance p = (v.provenance() != null ? v.provenance()
                            : Provenance.ofCell(reportId, t.id(), v.row(), v.col(), null, t.method()))
                            .withChars(m.start(), m.end());
                    out.add(new Fact(measure, scope, project, tc.period(), null, q, TableFactStage.flat(c.text()), p,
                            LayoutMeaning.cellId(t.id(), v.row(), v.col()) + "@" + m.start(), scope, qualifiers,
                            new Basis("form:项目名称 + row:" + text, null, "report year")));
                }
            }
        }
        return out;
    }

    /**
     * The last row of an indicator group: a 成本 label (merged over its rows or printed once) covers
     * the rows below it whose label cell is blank (保洁成本, then 卫生成本 on the next row).
     */
    private static int lastRowOf(Table t, Cell label) {
        int last = label.row() + Math.max(1, label.rowSpan()) - 1;
        for (int r = last + 1; r < t.rows(); r++) {
            final int row = r;
            boolean blankLabel = t.cells().stream().filter(x -> x.row() == row && x.col() <= label.col()
                    && x.col() + Math.max(1, x.colSpan()) > label.col() - (label.col() > 0 ? 1 : 0))
                    .allMatch(x -> x.text() == null || x.text().isBlank());
            boolean content = t.cells().stream().anyMatch(x -> x.row() == row && x.col() > label.col()
                    && x.text() != null && !x.text().isBlank());
            if (!blankLabel || !content) {
                break;
            }
            last = r;
        }
        return last;
    }

    /** The indicator's name (三级指标), printed left of its 目标值. */
    private static String nameOf(Table t, int row, int targetCol) {
        return t.cells().stream().filter(x -> x.row() == row && x.col() < targetCol && x.col() + Math.max(1, x.colSpan()) >= targetCol)
                .map(Cell::text).filter(x -> x != null && !x.isBlank()).findFirst().orElse("");
    }

    /** The column whose header cell reads {@code header} (目标值), or -1. */
    private static int headerCol(Table t, String header) {
        for (Cell c : t.cells()) {
            if (Vocabulary.normalize(c.text()).equals(header)) {
                return c.col();
            }
        }
        return -1;
    }

    /** The text of the cell right of the label cell that reads {@code label}: or {@code label}：. */
    private static Optional<String> valueOf(Table t, String label) {
        for (Cell c : t.cells()) {
            if (Vocabulary.normalize(c.text()).replaceAll(":$", "").equals(label)) {
                Cell v = right(t, c);
                if (v != null && !v.text().isBlank()) {
                    return Optional.of(v.text().strip());
                }
            }
        }
        return Optional.empty();
    }

    private static Cell right(Table t, Cell c) {
        int col = c.col() + c.colSpan();
        for (Cell x : t.cells()) {
            if (x.row() == c.row() && x.col() == col) {
                return x;
            }
        }
        return null;
    }
}
