package org.jixiao.check.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.check.Comparison;
import org.jixiao.check.Rule;
import org.jixiao.check.Term;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Unit;

/**
 * A fund's roll-forward stated in one sentence: "收支结余3.55亿元，期初结余15.72亿元，期末滚存结余
 * 19.27亿元" — 期初 + 当期结余 = 期末.
 */
public final class BalanceSentenceRule implements Rule {
    public static final String ID = "fund.roll-forward-text";
    private static final Pattern BEGIN = Pattern.compile("期初(滚存)?(结余|余额)|年初(滚存)?(结余|余额)|上年(滚存)?结余");
    private static final Pattern SURPLUS = Pattern.compile("收支结余|当期结余|本期结余|本年结余");
    private static final Pattern END = Pattern.compile("期末(滚存)?(结余|余额)|年末(滚存)?(结余|余额)|滚存结余");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public java.util.Set<org.jixiao.check.RuleInput> requires() {
        return java.util.Set.of(org.jixiao.check.RuleInput.BLOCKS);
    }

    @Override
    public String needs() {
        return "sentences with 期初, 当期收支结余 and 期末滚存结余";
    }

    @Override
    public List<Finding> check(Report report) {
        Comparison cmp = new Comparison(report.id());
        List<Finding> out = new ArrayList<>();
        for (List<TextFigure> passage : ByBlock.group(TextFigures.of(report))) {
            for (TextFigure end : passage) {
                if (!money(end) || !END.matcher(end.label()).find() || BEGIN.matcher(end.label()).find()) {
                    continue;
                }
                TextFigure begin = find(passage, end, BEGIN);
                TextFigure surplus = find(passage, end, SURPLUS);
                if (begin == null || surplus == null || begin == surplus) {
                    continue;
                }
                String[] what = {"「" + end.label() + "」与 期初 + 当期收支结余", "\"" + end.label() + "\" vs opening balance + surplus"};
                cmp.sumCheck(ID, what, end.figure(), List.of(Term.plus(begin.figure()), Term.plus(surplus.figure())),
                        new String[] {"balance-end", "operand"}).ifPresent(out::add);
            }
        }
        return out;
    }

    private static boolean money(TextFigure f) {
        return f.figure().unit().dimension() == Unit.Dimension.MONEY;
    }

    /** The one figure in the same sentence whose label matches (none when two do). */
    private static TextFigure find(List<TextFigure> passage, TextFigure end, Pattern p) {
        TextFigure found = null;
        for (TextFigure f : passage) {
            if (f != end && f.sentence() == end.sentence() && money(f) && p.matcher(f.label()).find()
                    && !END.matcher(f.label()).find()) {
                if (found != null) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }
}
