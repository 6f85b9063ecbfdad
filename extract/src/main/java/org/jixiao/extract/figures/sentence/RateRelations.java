package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jixiao.model.Reading;
import org.jixiao.model.Relation;

/**
 * Execution and completion rates stated in a paragraph: "决算支出X，预算执行率P%" (P% = X / budget)
 * and "收入完成预算的P%" / "完成年初预算的P%". The actual is the nearest one of the rate's scope before
 * it; every budget of that scope printed before it in the paragraph (全年, 年初) is a reading, unless
 * the words name one ("年初预算"). A rate computed on another basis (剔除…后) has its own qualified
 * scope and so no figures to be read against. Fund rates pair income with income, expense with expense.
 */
final class RateRelations {
    static final String EXECUTION = "ratio.execution-rate";
    static final String COMPLETION = "ratio.completion-rate";
    private static final Pattern EXECUTION_WORDS = Pattern.compile("执行率|执行进度");
    private static final Pattern COMPLETION_WORDS = Pattern.compile("完成[^，,。；;]{0,6}预算");
    private static final Pattern NOT_COMPUTED = Pattern.compile("目标|指标值|标准|≥|≤|不低于|不高于|以上|以下|剔除|扣除|不含|除去");
    private static final Pattern FUND_SOURCE = Pattern.compile(":(一般公共预算|财政拨款)$");
    private static final Pattern INITIAL = Pattern.compile("年初");
    private static final Pattern FINAL = Pattern.compile("全年|调整后");

    List<Relation> build(List<Passages.Placed> placed) {
        List<Relation> out = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Passages.Placed rate = placed.get(i);
            String words = rate.before();
            boolean execution = EXECUTION_WORDS.matcher(words).find();
            boolean completion = !execution && COMPLETION_WORDS.matcher(words).find();
            if (!rate.percent() || (!execution && !completion) || NOT_COMPUTED.matcher(rate.sentenceText()).find()
                    || rate.fact().scope() == null || rate.fact().measure().startsWith("change")) {
                continue;
            }
            build(placed, i, execution ? EXECUTION : COMPLETION).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Relation> build(List<Passages.Placed> placed, int i, String rule) {
        Passages.Placed rate = placed.get(i);
        String scope = rate.fact().scope();
        String measure = fundMeasure(rate);
        Passages.Placed actual = null;
        Map<String, Passages.Placed> budgets = new LinkedHashMap<>();
        for (int j = i - 1; j >= 0 && placed.get(j).paragraph() == rate.paragraph(); j--) {
            Passages.Placed p = placed.get(j);
            if (!p.money() || p.inParens() || !sameScope(scope, p.fact().scope()) || p.before().contains("占")
                    || (measure != null && !measure.equals(p.fact().measure()))
                    || !java.util.Objects.equals(p.fact().period(), rate.fact().period())) {
                continue;
            }
            String phase = p.fact().phase();
            if ("actual".equals(phase) && actual == null && budgets.isEmpty()) {
                actual = p;
            } else if (budgetNamed(phase, rate.before()) && Terms.base(p).signum() != 0) {
                budgets.putIfAbsent(Terms.base(p).stripTrailingZeros().toPlainString(), p);
            }
        }
        if (actual == null || budgets.isEmpty()) {
            return Optional.empty();
        }
        List<Reading> readings = new ArrayList<>();
        for (Passages.Placed b : budgets.values()) {
            readings.add(new Reading("base: " + b.fact().phase() + " " + b.fact().quantity(),
                    List.of(Terms.of(actual, "actual", 1)), List.of(Terms.of(b, "budget", 1))));
        }
        return Optional.of(new Relation(null, rule, Terms.of(rate, "rate", 1), readings, "sentence", rate.before().strip()));
    }

    /**
     * The same scope, a source of funds (一般公共预算, 财政拨款) aside: a self-evaluation says "一般公共预算决算
     * 支出X，预算执行率P%" of the budget it printed as 总金额. Qualifiers of another basis (不含…, 剔除…)
     * keep their figures apart.
     */
    private static boolean sameScope(String a, String b) {
        return b != null && FUND_SOURCE.matcher(a).replaceAll("").equals(FUND_SOURCE.matcher(b).replaceAll(""));
    }

    /** The budget phases a rate may be measured against, as its words say. */
    private static boolean budgetNamed(String phase, String words) {
        if (INITIAL.matcher(words).find()) {
            return "budget-initial".equals(phase);
        }
        if (FINAL.matcher(words).find()) {
            return "budget-final".equals(phase);
        }
        return "budget-final".equals(phase) || "budget-initial".equals(phase);
    }

    /** A fund's rate of its income or of its expense. */
    private static String fundMeasure(Passages.Placed rate) {
        if (!rate.fact().scope().startsWith("fund:")) {
            return null;
        }
        String w = rate.before();
        int in = w.lastIndexOf("收入");
        int ex = w.lastIndexOf("支出");
        return in < 0 && ex < 0 ? null : in > ex ? "income" : "expense";
    }
}
