package org.jixiao.extract.figures.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.TableUnits;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Basis;
import org.jixiao.model.Cell;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;

/**
 * The 年度资金总额 row of a 绩效自评表 printed in the national template's order — 年初预算数, 全年预算数,
 * 全年执行数, 分值, 执行率, 得分 — when the sheet's header cannot be read over its columns (PDF text
 * whose header words are broken over three lines). The row itself says which figure is which: six
 * figures, the fifth a percentage. On a fund's sheet they are the fund's expenditure; on a project's,
 * the project's; on the department's, the department's.
 */
final class ScoreSheetMoney {
    private static final String[] PHASES = {"budget-initial", "budget-final", "actual", null, "rate", null};
    private static final String[] HEADERS = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};

    private final NumberReader numbers;
    private final TableUnits units;

    ScoreSheetMoney(NumberReader numbers, TableUnits units) {
        this.numbers = numbers;
        this.units = units;
    }

    /** True for the 年度资金总额 row of a score sheet whose six figures stand in the template's order. */
    boolean applies(String label, Table t, TableContext tc, Grid grid, int r, List<Integer> numeric) {
        if (!Vocabulary.normalize(label).replaceAll("[:：]", "").equals("年度资金总额") || numeric.size() != HEADERS.length
                || !scoreSheet(t, tc)) {
            return false;
        }
        for (int i = 0; i < numeric.size(); i++) {
            Optional<Quantity> q = numbers.readCell(grid.text(r, numeric.get(i)), Unit.NONE);
            if (q.isEmpty() || (q.get().unit() == Unit.PERCENT) != (i == 4)) {
                return false;
            }
        }
        return true;
    }

    /** True when the header already gives the money and rate columns their template phases. */
    static boolean headerAgrees(HeaderState hs, List<Integer> numeric) {
        for (int i = 0; i < PHASES.length; i++) {
            ColumnRole cr = hs.role(numeric.get(i));
            if (PHASES[i] != null && (cr == null || cr.kind() != ColumnRole.Kind.VALUE || !PHASES[i].equals(cr.phase()))) {
                return false;
            }
        }
        return true;
    }

    List<Fact> facts(String reportId, Table t, TableContext tc, Grid grid, int r, List<Integer> numeric, String label) {
        Unit money = tc.unit() != null ? tc.unit() : unitOfSheet(grid, r);
        String scope = tc.fund() != null ? "fund:" + tc.fund() : tc.scope();
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < PHASES.length; i++) {
            if (PHASES[i] == null) {
                continue; // 分值 and 得分 are the indicator's, read by the score-sheet stage
            }
            Cell cell = grid.origin(r, numeric.get(i));
            Optional<Quantity> q = numbers.readCell(cell.text(), "rate".equals(PHASES[i]) ? Unit.PERCENT : money);
            if (q.isEmpty()) {
                continue;
            }
            String measure = "rate".equals(PHASES[i]) ? "rate" : tc.fund() != null ? "expense" : "amount";
            Provenance p = cell.provenance() != null ? cell.provenance()
                    : Provenance.ofCell(reportId, t.id(), r, numeric.get(i), null, t.method());
            if (p.reportId() == null) {
                p = p.withReportId(reportId);
            }
            String basis = "template:绩效自评表 年度资金总额 " + String.join("|", HEADERS);
            out.add(new Fact(measure, scope, Vocabulary.normalize(label), tc.period(), PHASES[i], q.get(),
                    Vocabulary.normalize(label) + " / " + HEADERS[i], p, null, null, List.of(),
                    new Basis(scope == null ? null : "table context: " + scope, basis, "caption or report year")));
        }
        return out;
    }

    private static boolean scoreSheet(Table t, TableContext tc) {
        String kind = t.layout() == null ? null : t.layout().kind();
        return (kind != null && kind.contains("scoresheet")) || tc.caption().contains("自评表");
    }

    /** 项目资金（亿元） in the header rows above the figures. */
    private Unit unitOfSheet(Grid grid, int r) {
        for (int k = 0; k < r; k++) {
            for (String s : grid.row(k)) {
                Optional<Unit> u = units.fromHeader(s).filter(x -> x.dimension() == Unit.Dimension.MONEY);
                if (u.isPresent()) {
                    return u.get();
                }
            }
        }
        return Unit.NONE;
    }
}
