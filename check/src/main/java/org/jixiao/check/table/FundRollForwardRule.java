package org.jixiao.check.table;

import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.Term;
import org.jixiao.model.Finding;
import org.jixiao.model.Unit;

/**
 * Fund statements (社会保险基金预算支出情况表), each money column on its own (budget, adjusted budget
 * and actual separately): 收入合计 − 支出合计 = 当期收支结余, and 期初余额 + 当期收支结余 = 期末滚存结余
 * (or 期初 + 收入 − 支出 = 期末 when no 结余 row is printed).
 */
public final class FundRollForwardRule extends TableRule {
    public static final String ID = "fund.roll-forward";
    private static final Pattern BEGIN = Pattern.compile("期初(滚存)?(余额|结余)|年初(滚存)?(余额|结余)|上年(滚存)?结余");
    private static final Pattern INCOME = Pattern.compile("^([一二三四五六七八九十]+[、.．])?(本年)?收入(合计|总计)");
    private static final Pattern EXPENSE = Pattern.compile("^([一二三四五六七八九十]+[、.．])?(本年)?支出(合计|总计)");
    private static final Pattern SURPLUS = Pattern.compile("^([一二三四五六七八九十]+[、.．])?(当期|本期|本年)?收支结余");
    private static final Pattern END = Pattern.compile("期末(滚存)?(余额|结余)|年末(滚存)?(余额|结余)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public java.util.Set<org.jixiao.check.RuleInput> requires() {
        return java.util.Set.of(org.jixiao.check.RuleInput.TABLE_LAYOUTS);
    }

    @Override
    public String needs() {
        return "fund tables with 期初, 收入合计, 支出合计, 当期收支结余 and 期末滚存结余 rows";
    }


    @Override
    protected void checkTable(TableView v, Comparison cmp, List<Finding> out) {
        for (int c = 0; c < v.cols(); c++) {
            if (v.isLabelColumn(c)) {
                continue;
            }
            int begin = row(v, BEGIN, c);
            int income = row(v, INCOME, c);
            int expense = row(v, EXPENSE, c);
            int surplus = row(v, SURPLUS, c);
            int end = row(v, END, c);
            Figure b = fig(v, begin, c);
            Figure i = fig(v, income, c);
            Figure x = fig(v, expense, c);
            Figure s = fig(v, surplus, c);
            Figure e = fig(v, end, c);
            String col = v.header(c).isEmpty() ? "第" + (c + 1) + "列" : "「" + v.header(c) + "」列";
            String where = v.table().id() + (v.table().caption() == null ? "" : "「" + v.table().caption() + "」") + col;
            String whereEn = "table " + v.table().id() + " column " + (c + 1);
            if (i != null && x != null && s != null) {
                cmp.sumCheck(ID, new String[] {where + "：收入合计−支出合计 与 当期收支结余", whereEn + ": income − expense vs surplus"},
                        s, List.of(Term.plus(i), Term.minus(x)), new String[] {"surplus", "operand"}).ifPresent(out::add);
            }
            if (b != null && s != null && e != null) {
                cmp.sumCheck(ID, new String[] {where + "：期初余额+当期收支结余 与 期末滚存结余",
                        whereEn + ": opening balance + surplus vs closing balance"},
                        e, List.of(Term.plus(b), Term.plus(s)), new String[] {"balance-end", "operand"}).ifPresent(out::add);
            } else if (b != null && i != null && x != null && e != null && surplus < 0) {
                cmp.sumCheck(ID, new String[] {where + "：期初余额+收入−支出 与 期末滚存结余",
                        whereEn + ": opening balance + income − expense vs closing balance"},
                        e, List.of(Term.plus(b), Term.plus(i), Term.minus(x)), new String[] {"balance-end", "operand"})
                        .ifPresent(out::add);
            }
        }
    }

    private static Figure fig(TableView v, int row, int col) {
        if (row < 0) {
            return null;
        }
        Figure f = v.figure(row, col);
        return f == null || f.unit() == Unit.PERCENT || !v.role(col).additive() ? null : f;
    }

    /** The first data row whose label matches. */
    private static int row(TableView v, Pattern p, int c) {
        for (int r = v.headerRows(); r < v.rows(); r++) {
            if (p.matcher(v.label(r, c)).find()) {
                return r;
            }
        }
        return -1;
    }
}
