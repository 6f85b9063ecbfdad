package org.jixiao.check.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.check.Comparison;
import org.jixiao.check.Rule;
import org.jixiao.check.Term;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;

/**
 * Parts printed in a sentence add up to their total: "…为X，其中：A a，B b" and "分别为 a，b，合计X".
 * Parts that exceed their total are an error; parts short of a 其中 total may be a partial list, so
 * that is a warning at most. A list whose sum works only when an odd unit is read as the others'
 * unit is left to {@link MixedUnitRule}.
 */
public final class WhereofSumRule implements Rule {
    public static final String ID = "text.parts-sum";

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
        return "sentences with a total and its parts (其中 / 合计)";
    }

    @Override
    public List<Finding> check(Report report) {
        Comparison cmp = new Comparison(report.id());
        List<Finding> out = new ArrayList<>();
        for (List<TextFigure> block : ByBlock.group(TextFigures.of(report))) {
            for (PartsList list : PartsList.of(block)) {
                if (MixedUnitRule.explains(list)) {
                    continue;
                }
                check(list, cmp).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Finding> check(PartsList list, Comparison cmp) {
        List<Term> terms = list.parts().stream().map(p -> Term.plus(p.figure())).toList();
        String[] what = {"「" + list.total().label() + "」与其所列各项之和",
                "\"" + list.total().label() + "\" vs the sum of the parts listed with it"};
        Optional<Finding> f = cmp.sumCheck(ID, what, list.total().figure(), terms, new String[] {"total", "part"});
        if (f.isEmpty() || list.complete() || f.get().difference().signum() < 0) {
            return f;
        }
        Finding x = f.get();
        // The printed total exceeds the parts of a 其中 list: the list may simply be partial.
        return Optional.of(new Finding(x.reportId(), x.rule(), Severity.WARNING,
                x.messageZh() + "（其中所列各项可能不全）", x.messageEn() + " (the list may be partial)",
                x.expected(), x.actual(), x.difference(), x.unit(), x.evidence()));
    }
}
