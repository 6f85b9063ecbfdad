package org.jixiao.extract.figures.score;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.Requirement;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Basis;
import org.jixiao.model.Cell;
import org.jixiao.model.Fact;
import org.jixiao.model.Indicator;
import org.jixiao.model.Relation;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;
import org.jixiao.model.Validate;

/**
 * Score sheets: from the header row naming 三级指标 / 分值 / 得分 down to 总分, each row with a
 * weight and a score becomes an {@link Indicator}, and 总分 becomes facts. Rows are read in two
 * ways: by the header's columns when the numbers stand under 分值 and 得分 (Word, HTML), else from
 * the row's own order — the last two plain numbers are weight and score, the texts before them
 * indicator, target and actual — which survives PDF-layout text where columns are misplaced. A
 * sheet that continues in the next table (a page break) is followed until its 总分.
 */
public final class ScoreSheetStage implements ReportStage {
    static final Pattern TOTAL = Pattern.compile("^(总\\s*分|合\\s*计|自评总分)[:：]?$");

    /** Vocabulary kind naming the rate indicators of a department's sheet (三公经费控制率 → sangong). */
    static final String INDICATOR = "indicator";
    private final NumberReader numbers;
    private final RowParser parser;
    private final Vocabulary vocabulary;
    private final ScoreRelations sums;

    public ScoreSheetStage(NumberReader numbers) {
        this(numbers, Vocabulary.load());
    }

    public ScoreSheetStage(NumberReader numbers, Vocabulary vocabulary) {
        this.numbers = Validate.notNullParam(numbers, "numbers");
        this.vocabulary = Validate.notNullParam(vocabulary, "vocabulary");
        this.parser = new RowParser(numbers);
        this.sums = new ScoreRelations(numbers);
    }

    @Override
    public String name() {
        return "score-sheets";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.TABLES, Requirement.CAPTIONS, Requirement.META);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.INDICATORS);
    }

    @Override
    public Report apply(Report report, ExtractContext ctx) throws ExtractionException {
        Validate.notNullParam(report, "report");
        Validate.notNullParam(ctx, "ctx");
        List<Indicator> indicators = new ArrayList<>(report.indicators());
        List<Fact> facts = new ArrayList<>(report.facts());
        String period = report.meta().period();
        SheetState state = null;
        for (Table t : report.tables()) {
            ctx.checkDeadline();
            List<List<Cell>> rows = rows(t);
            int header = headerRow(rows);
            String caption = t.caption() != null ? t.caption() : String.join(" / ", t.sectionPath());
            if (header < 0 && (state == null || state.closed)) {
                // a sheet's money part may stand in a table of its own (a PDF page or a ruled block)
                readMoneyRows(rows, caption, indicators, report.id(), t);
                continue;
            }
            if (header >= 0) {
                state = new SheetState(caption, parser.columns(rows.get(header)));
                state.department = "total".equals(sheetScope(report, t));
                readMoneyRows(rows.subList(0, header), caption, indicators, report.id(), t);
            }
            for (int r = Math.max(header + 1, 0); r < rows.size() && !state.closed; r++) {
                List<Cell> row = rows.get(r);
                if (isTotal(row)) {
                    facts.addAll(totals(row, state, period, report.id(), t, sheetScope(report, t)));
                    state.closed = true;
                } else {
                    Optional<Indicator> ind = parser.indicator(row, state, report.id(), t);
                    ind.ifPresent(indicators::add);
                    if (ind.isPresent() && state.department) {
                        rateOf(ind.get(), row, period, report.id(), t).ifPresent(facts::add);
                    }
                }
            }
        }
        List<Relation> relations = new ArrayList<>(report.relations());
        int n = 0;
        for (Relation r : sums.build(indicators)) {
            relations.add(new Relation("sc" + n++, r.rule(), r.result(), r.readings(), r.origin(), r.cue()));
        }
        return report.withFigures(report.meta(), facts, indicators, report.tables()).withRelations(relations);
    }

    /**
     * 在职人员控制率 | ≦100% | 91.35% on the department's sheet: the achieved value is the rate of the scope
     * the indicator names, as the vocabulary's indicator lines say; other indicators are no facts.
     */
    private Optional<Fact> rateOf(Indicator ind, List<Cell> row, String period, String reportId, Table t) {
        Optional<String> scope = ind.level3() == null ? Optional.empty() : vocabulary.match(INDICATOR, ind.level3());
        if (scope.isEmpty() || ind.actual() == null) {
            return Optional.empty();
        }
        String printed = ind.actual().strip();
        Optional<Quantity> q = numbers.readCell(printed, Unit.NONE).filter(x -> x.unit() == Unit.PERCENT);
        Optional<Cell> cell = row.stream().filter(c -> c.text().strip().equals(printed)).findFirst()
                .or(() -> row.stream().filter(c -> c.text().contains(printed)).findFirst());
        if (q.isEmpty() || cell.isEmpty()) {
            return Optional.empty();
        }
        Provenance p = RowParser.provenance(cell.get(), reportId, t);
        String id = p.tableId() != null && p.row() != null && p.col() != null
                ? org.jixiao.extract.figures.layout.LayoutMeaning.cellId(p.tableId(), p.row(), p.col()) : null;
        return Optional.of(new Fact("rate", scope.get(), ind.level3(), period, "rate", q.get(),
                ind.level3() + " / 实际完成值", p, id, "department", List.of(),
                new Basis("indicator:" + ind.level3() + " on the department's score sheet", "indicator:实际完成值",
                        "report year")));
    }

    /** The 预算执行率 line of the money rows above the indicators (年度资金总额 … 分值 执行率 得分). */
    private void readMoneyRows(List<List<Cell>> rows, String sheet, List<Indicator> out, String reportId, Table t) {
        int weightCol = -1;
        int scoreCol = -1;
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                String s = c.text().replaceAll("\\s+", "");
                if (s.equals("分值")) {
                    weightCol = c.col();
                } else if (s.equals("得分")) {
                    scoreCol = c.col();
                }
            }
            if (weightCol < 0 || scoreCol < 0) {
                continue;
            }
            Optional<Quantity> w = parser.numberAt(row, weightCol);
            Optional<Quantity> s = parser.numberAt(row, scoreCol);
            if (w.isPresent() && s.isPresent()) {
                String label = row.isEmpty() ? "" : RowParser.firstText(row);
                Provenance p = RowParser.provenance(row.get(0), reportId, t);
                out.add(new Indicator(sheet, "预算执行率", null, label, null, null, w.get(), s.get(), null, p));
            }
        }
    }

    /**
     * Whose score a sheet's 总分 is: the department's on a 部门整体支出绩效自评表; the project's or the fund's
     * on a sheet whose money rows the table facts gave to a project or a fund; else no one decided.
     */
    static String sheetScope(Report report, Table t) {
        if (t.layout() != null && "selfeval.scoresheet".equals(t.layout().kind())) {
            return "total";
        }
        return report.facts().stream().filter(f -> f.provenance() != null && t.id().equals(f.provenance().tableId()))
                .map(org.jixiao.model.Fact::scope).filter(s -> s != null && (s.startsWith("item:") || s.startsWith("fund:")))
                .findFirst().orElse(null);
    }

    private List<Fact> totals(List<Cell> row, SheetState state, String period, String reportId, Table t, String scope) {
        List<Quantity> qs = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (Cell c : row) {
            for (String token : c.text().strip().split("\\s+")) {
                Optional<Quantity> q = numbers.readCell(token, Unit.POINT);
                if (q.isPresent()) {
                    qs.add(q.get());
                    cells.add(c);
                }
            }
        }
        List<Fact> out = new ArrayList<>();
        if (qs.isEmpty()) {
            return out;
        }
        int last = qs.size() - 1;
        String label = state.sheet + " / 总分";
        out.add(new Fact("score", scope, "总分", period, null, qs.get(last), label,
                RowParser.provenance(cells.get(last), reportId, t)));
        if (last >= 1) {
            // the 分值 of 总分 (100) is the sheet's scale, not a figure of the department's
            String weightScope = "total".equals(scope) ? null : scope;
            out.add(new Fact("weight", weightScope, "总分", period, null, qs.get(last - 1), label,
                    RowParser.provenance(cells.get(last - 1), reportId, t)));
        }
        return out;
    }

    private static boolean isTotal(List<Cell> row) {
        return !row.isEmpty() && TOTAL.matcher(RowParser.firstText(row).split("\\s+")[0]).matches();
    }

    /** The row naming the indicator columns (三级指标 … 分值 得分), or -1. */
    static int headerRow(List<List<Cell>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder sb = new StringBuilder();
            rows.get(r).forEach(c -> sb.append(c.text().replaceAll("\\s+", "")).append('|'));
            String s = sb.toString();
            if ((s.contains("三级指标") || s.contains("二级指标")) && s.contains("分值")) {
                return r;
            }
        }
        return -1;
    }

    /** Cells by row, in column order. */
    static List<List<Cell>> rows(Table t) {
        int n = Math.max(t.rows(), t.cells().stream().mapToInt(c -> c.row() + 1).max().orElse(0));
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            out.add(new ArrayList<>());
        }
        for (Cell c : t.cells()) {
            out.get(c.row()).add(c);
        }
        out.forEach(row -> row.sort((a, b) -> Integer.compare(a.col(), b.col())));
        return out;
    }
}
