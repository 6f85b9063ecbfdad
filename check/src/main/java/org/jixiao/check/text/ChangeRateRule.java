package org.jixiao.check.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.check.Comparison;
import org.jixiao.check.Figure;
import org.jixiao.check.Rule;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Report;
import org.jixiao.model.Unit;

/**
 * A change and its percentage against the figure they qualify, in one sentence: "决算支出138.58万元，
 * 较2024年减少44.37万元，下降比例为24.25%" says the prior year was 138.58 + 44.37, so the rate must be
 * 44.37 / 182.95. Only a rate printed right after its change is read, so a percentage about
 * something else is never taken for the change's rate; the figure changed is the one the change's
 * words name, in its sentence or the one before.
 */
public final class ChangeRateRule implements Rule {
    public static final String ID = "ratio.change-rate";
    private static final Pattern CHANGE = Pattern.compile("(较|比|同比).{0,20}(增加|减少|增长|下降|节约|降低|提高|上升)了?$");
    private static final Pattern DECREASE = Pattern.compile("减少|下降|节约|降低");
    private static final Pattern RATE = Pattern.compile("^(下降|增长|减少|增加|降低|上升|提高)?(比例|幅度|比率|率)?为?$|^(增幅|降幅)为?$");
    private static final Pattern SUBJECT_PREFIX =
            Pattern.compile("^.*?(较|比|同比)(上年|去年|上年度|上一年度|同期|\\d{4}年(度|底|末)?)?");
    private static final Pattern SUBJECT_SUFFIX = Pattern.compile("(增加|减少|增长|下降|节约|降低|提高|上升)了?$");
    /** The clause words allowed between the change and its rate ("，下降比例为"). */
    private static final int MAX_GAP_CHARS = 12;

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
        return "sentences with a figure, its change from a prior period and the change's percentage";
    }

    @Override
    public List<Finding> check(Report report) {
        Comparison cmp = new Comparison(report.id());
        List<Finding> out = new ArrayList<>();
        for (List<TextFigure> block : ByBlock.group(TextFigures.of(report))) {
            for (int i = 1; i + 1 < block.size(); i++) {
                TextFigure current = current(block, i);
                if (current != null) {
                    check(current, block.get(i), block.get(i + 1), cmp, out);
                }
            }
        }
        return out;
    }

    /**
     * The figure the change at {@code i} qualifies: the one just before it in its sentence when the
     * change names no subject ("较上年减少"), else the nearest one, in this or the previous sentence,
     * whose label names the same subject ("较2024年决算支出减少" → "…决算支出138.58万元").
     */
    private static TextFigure current(List<TextFigure> block, int i) {
        TextFigure change = block.get(i);
        if (!CHANGE.matcher(change.label()).find() || change.inParens()) {
            return null;
        }
        String subject = SUBJECT_SUFFIX.matcher(SUBJECT_PREFIX.matcher(change.label()).replaceFirst(""))
                .replaceFirst("").strip();
        for (int j = i - 1; j >= 0; j--) {
            TextFigure c = block.get(j);
            if (change.sentence() - c.sentence() > (subject.isEmpty() ? 0 : 1)) {
                return null;
            }
            boolean usable = !c.inParens() && !CHANGE.matcher(c.label()).find()
                    && c.figure().unit().dimension() != Unit.Dimension.RATIO;
            if (subject.isEmpty()) {
                return usable ? c : null;
            }
            if (usable && c.label().contains(subject)) {
                return c;
            }
        }
        return null;
    }

    private static void check(TextFigure current, TextFigure change, TextFigure rate, Comparison cmp,
                              List<Finding> out) {
        Unit cu = current.figure().unit();
        if (rate.figure().unit() != Unit.PERCENT || !RATE.matcher(rate.label()).find()
                || !change.figure().comparableTo(cu) || change.sentence() != rate.sentence()
                || rate.start() - change.end() > MAX_GAP_CHARS) {
            return;
        }
        Interval x = current.figure().interval(cu);
        Interval d = change.figure().interval(cu);
        Interval prior = DECREASE.matcher(change.label()).find() ? x.plus(d) : x.minus(d);
        Interval ratio = d.dividedBy(prior);
        if (ratio == null) {
            return;
        }
        Interval expected = ratio.times(new BigDecimal(100));
        Figure printed = rate.figure();
        String[] what = {"「" + change.label() + " " + change.figure().quantity() + "」的比例（上期 = " + current.figure().quantity()
                + (DECREASE.matcher(change.label()).find() ? " + " : " − ") + change.figure().quantity() + "）",
                "rate of the change " + change.figure().quantity() + " against the prior value " + current.figure().quantity()
                        + (DECREASE.matcher(change.label()).find() ? " + " : " − ") + change.figure().quantity()};
        cmp.intervalCheck(ID, what, printed, expected, List.of(current.figure(), change.figure()),
                new String[] {"rate", "operand"}).ifPresent(out::add);
    }
}
