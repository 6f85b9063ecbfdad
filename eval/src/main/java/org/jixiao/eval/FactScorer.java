package org.jixiao.eval;

import org.jixiao.eval.truth.TruthFact;
import org.jixiao.eval.truth.TruthFile;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a report's facts against the labelled ones. A labelled fact and a jixiao fact share a
 * key when scope, measure, phase and period agree (a label without phase or period accepts any);
 * {@code item:}/{@code unit:} names agree when one contains the other, ignoring spaces and
 * punctuation.
 */
public final class FactScorer {

    public FactScore score(TruthFile truth, Report report) {
        List<FactOutcome> outcomes = new ArrayList<>();
        for (TruthFact t : truth.facts()) {
            List<Fact> keyed = report.facts().stream().filter(f -> sameKey(t, f)).toList();
            // a name that only contains the labelled one (…（专业技术服务类+快检） for …（专业技术服务类）) is
            // another project when the report also prints the labelled name itself
            List<Fact> exact = keyed.stream().filter(f -> sameName(t.scope(), f.scope())).toList();
            if (!exact.isEmpty()) {
                keyed = exact;
            }
            boolean right = keyed.stream().anyMatch(f -> FigureMatch.same(t.value(), t.unit(), f.quantity()));
            FactOutcome.Verdict v;
            if (keyed.isEmpty()) {
                v = FactOutcome.Verdict.MISSING;
            } else if (!right) {
                v = FactOutcome.Verdict.WRONG;
            } else if (keyed.stream().anyMatch(f -> !labelledValue(truth, t, f))) {
                v = FactOutcome.Verdict.AMBIGUOUS;
            } else {
                v = FactOutcome.Verdict.RIGHT;
            }
            outcomes.add(new FactOutcome(t, v, keyed));
        }
        List<Fact> falseTotals = report.facts().stream()
                .filter(f -> "total".equals(f.scope()))
                .filter(f -> truth.facts().stream().noneMatch(
                        t -> "total".equals(t.scope()) && sameKey(t, f)
                                && FigureMatch.same(t.value(), t.unit(), f.quantity())))
                .toList();
        return new FactScore(outcomes, falseTotals);
    }

    /** True when the jixiao fact's value is one the labels give for the same key. */
    private static boolean labelledValue(TruthFile truth, TruthFact key, Fact f) {
        return truth.facts().stream().filter(t -> sameKeyAs(key, t))
                .anyMatch(t -> FigureMatch.same(t.value(), t.unit(), f.quantity()));
    }

    private static boolean sameKeyAs(TruthFact a, TruthFact b) {
        return a.scope().equals(b.scope()) && a.measure().equals(b.measure())
                && java.util.Objects.equals(a.phase(), b.phase()) && java.util.Objects.equals(a.period(), b.period());
    }

    static boolean sameKey(TruthFact t, Fact f) {
        return sameScope(t.scope(), f.scope())
                && t.measure().equals(f.measure())
                && (t.phase() == null || t.phase().equals(f.phase()))
                && (t.period() == null || t.period().equals(f.period()));
    }

    static boolean sameScope(String truth, String tool) {
        if (tool == null) {
            return false;
        }
        String a = truth.trim().toLowerCase(Locale.ROOT);
        String b = tool.trim().toLowerCase(Locale.ROOT);
        if (a.equals(b)) {
            return true;
        }
        for (String prefix : new String[] {"item:", "unit:"}) {
            if (a.startsWith(prefix) && b.startsWith(prefix)) {
                String x = bare(a.substring(prefix.length()));
                String y = bare(b.substring(prefix.length()));
                // one name printed with or without a short prefix or suffix (单位, 项目): nearly all of it shared
                String shorter = x.length() <= y.length() ? x : y;
                String longer = shorter == x ? y : x;
                return !shorter.isEmpty() && longer.contains(shorter) && shorter.length() * 5 >= longer.length() * 4;
            }
        }
        return false;
    }

    /** The same scope once spaces, punctuation and case are set aside. */
    static boolean sameName(String truth, String tool) {
        return tool != null && bare(truth.toLowerCase(Locale.ROOT)).equals(bare(tool.toLowerCase(Locale.ROOT)));
    }

    private static String bare(String s) {
        return s.replaceAll("[\\s\\p{P}\\p{S}]", "");
    }
}
