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
import org.jixiao.model.Validate;

/**
 * A printed rate against the two figures it is computed from, in the same paragraph: 预算执行率 =
 * 决算 / 预算, 完成率 = 实际完成 / 目标值, 控制率 = 实有在职 / 编制. The operands are the nearest
 * figures before the rate whose labels say what they are, within a few sentences; when the text
 * says the rate was computed on another basis (剔除…, 扣除…) the rule does not evaluate it.
 */
public final class RatioRule implements Rule {
    private static final Pattern OTHER_BASIS = Pattern.compile("剔除|扣除|不含|除去");
    private static final int MAX_SENTENCES_APART = 3;
    /** A target stated as a rate (政府采购执行率目标值100%) is not a computed rate. */
    private static final Pattern NOT_RATE = Pattern.compile("目标|指标值|标准|≥|≤|不低于|不高于|以上|以下");

    private final String id;
    private final String needs;
    private final Pattern rate;
    private final Pattern numerator;
    private final Pattern denominator;
    private final Pattern notDenominator;

    /**
     * @param id             the rule id
     * @param needs          what it reads
     * @param rate           the rate's label
     * @param numerator      the numerator's label
     * @param denominator    the denominator's label
     * @param notDenominator labels that look like the denominator's but are not (年初预算 for 全年预算)
     */
    public RatioRule(String id, String needs, Pattern rate, Pattern numerator, Pattern denominator,
                     Pattern notDenominator) {
        this.id = Validate.notNullParam(id, "id");
        this.needs = Validate.notNullParam(needs, "needs");
        this.rate = Validate.notNullParam(rate, "rate");
        this.numerator = Validate.notNullParam(numerator, "numerator");
        this.denominator = Validate.notNullParam(denominator, "denominator");
        this.notDenominator = Validate.notNullParam(notDenominator, "notDenominator");
    }

    /** 预算执行率 = 决算(执行数) / 全年预算; 收入完成预算% = 实际收入 / 预算收入. */
    public static RatioRule executionRate() {
        return new RatioRule("ratio.execution-rate", "a 执行率 with its budget and actual figures nearby",
                Pattern.compile("执行率|完成预算|完成支出预算|执行进度"),
                Pattern.compile("决算|执行数|实际支出|支出数|实际收入|实现收入|实际执行"),
                Pattern.compile("预算|总金额|资金总额"),
                Pattern.compile("年初|本年调整|年中调整|调整数|追加|结转|执行|决算|目标"));
    }

    /** 完成率 = 实际完成 / 目标值. */
    public static RatioRule completionRate() {
        return new RatioRule("ratio.completion-rate", "a 完成率 with its target and actual values nearby",
                Pattern.compile("^完成率|[，,]完成率|完成率为?$"),
                Pattern.compile("实际完成|完成值|实际"),
                Pattern.compile("目标值|目标|计划|任务数"),
                Pattern.compile("实际"));
    }

    /** 在职人员控制率 = 实有在职人数 / 编制数. */
    public static RatioRule controlRate() {
        return new RatioRule("ratio.control-rate", "a 控制率 with the staff in post and the authorized staff nearby",
                Pattern.compile("控制率|占编制"),
                Pattern.compile("在职|实有"),
                Pattern.compile("编制"),
                Pattern.compile("在职|实有|其中|行政编制|事业编"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public java.util.Set<org.jixiao.check.RuleInput> requires() {
        return java.util.Set.of(org.jixiao.check.RuleInput.BLOCKS);
    }

    @Override
    public String needs() {
        return needs;
    }

    @Override
    public List<Finding> check(Report report) {
        Comparison cmp = new Comparison(report.id());
        List<Finding> out = new ArrayList<>();
        for (List<TextFigure> block : ByBlock.group(TextFigures.of(report))) {
            for (int i = 0; i < block.size(); i++) {
                TextFigure r = block.get(i);
                if (r.figure().unit() == Unit.PERCENT && rate.matcher(r.label()).find()
                        && !NOT_RATE.matcher(r.label()).find()) {
                    check(block, i, cmp, out);
                }
            }
        }
        return out;
    }

    private void check(List<TextFigure> block, int rateIndex, Comparison cmp, List<Finding> out) {
        TextFigure r = block.get(rateIndex);
        TextFigure num = nearest(block, rateIndex, numerator, null);
        TextFigure den = nearest(block, rateIndex, denominator, notDenominator);
        if (num == null || den == null || num == den
                || num.figure().unit().dimension() != den.figure().unit().dimension()) {
            return;
        }
        int from = Math.min(num.start(), den.start());
        if (OTHER_BASIS.matcher(r.text().substring(from, r.start())).find()) {
            return;
        }
        Unit u = den.figure().unit();
        Interval q = num.figure().interval(u).dividedBy(den.figure().interval(u));
        if (q == null) {
            return;
        }
        Interval expected = q.times(new BigDecimal(100));
        String[] what = {"「" + r.label() + "」与 " + num.figure().quantity() + " / " + den.figure().quantity(),
                "\"" + r.label() + "\" vs " + num.figure().quantity() + " / " + den.figure().quantity()};
        Figure printed = r.figure();
        cmp.intervalCheck(id, what, printed, expected, List.of(num.figure(), den.figure()),
                new String[] {"rate", "operand"}).ifPresent(out::add);
    }

    /** The nearest figure before the rate, within a few sentences, whose label matches. */
    private static TextFigure nearest(List<TextFigure> block, int rateIndex, Pattern label, Pattern not) {
        TextFigure r = block.get(rateIndex);
        for (int j = rateIndex - 1; j >= 0; j--) {
            TextFigure c = block.get(j);
            if (r.sentence() - c.sentence() > MAX_SENTENCES_APART) {
                return null;
            }
            if (c.figure().unit().dimension() == Unit.Dimension.RATIO || c.beforeDe() || c.inParens()) {
                continue;
            }
            String l = c.label();
            if (label.matcher(l).find() && (not == null || !not.matcher(l).find())) {
                return c;
            }
        }
        return null;
    }
}
