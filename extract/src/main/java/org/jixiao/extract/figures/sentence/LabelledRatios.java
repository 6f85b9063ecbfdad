package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Unit;

/**
 * Rates whose operands the words name, in one paragraph: 在职人员控制率 = 实有在职 / 编制 ("占编制数的P%"
 * too) and 完成率 = 实际完成 / 目标值 (of any quantity: 参保人数, not only money, which
 * {@link RateRelations} reads). The operands are the nearest figures before the rate, within three
 * sentences, whose clause words say what they are; a rate stated as a target (目标值100%, ≥95%) or
 * computed on another basis (剔除…, 扣除…) gives no relation.
 */
final class LabelledRatios {
    static final String CONTROL = "ratio.control-rate";
    static final String COMPLETION = "ratio.completion-rate";
    private static final Pattern OTHER_BASIS = Pattern.compile("剔除|扣除|不含|除去");
    private static final Pattern NOT_RATE = Pattern.compile("目标|指标值|标准|≥|≤|不低于|不高于|以上|以下");
    private static final int MAX_SENTENCES_APART = 3;

    /** One family: the words of the rate, of its numerator and of its denominator. */
    private record Family(String rule, Pattern rate, Pattern numerator, Pattern denominator, Pattern notDenominator) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family(CONTROL, Pattern.compile("控制率|占编制"), Pattern.compile("在职|实有"), Pattern.compile("编制"),
                    Pattern.compile("在职|实有|其中|行政编制|事业编")),
            new Family(COMPLETION, Pattern.compile("^完成率|[，,]完成率|完成率为?$"), Pattern.compile("实际完成|完成值|实际"),
                    Pattern.compile("目标值|目标|计划|任务数"), Pattern.compile("实际")));

    List<Relation> build(List<Passages.Placed> placed) {
        List<Clauses.Fig> figs = Clauses.of(placed);
        List<Relation> out = new ArrayList<>();
        for (int i = 0; i < figs.size(); i++) {
            Clauses.Fig r = figs.get(i);
            if (r.at().fact().quantity().unit() != Unit.PERCENT || NOT_RATE.matcher(r.label()).find()
                    || r.at().fact().measure().startsWith("change")) {
                continue;
            }
            for (Family fam : FAMILIES) {
                if (fam.rate().matcher(r.label()).find()) {
                    build(figs, i, fam).ifPresent(out::add);
                    break;
                }
            }
        }
        return out;
    }

    private static Optional<Relation> build(List<Clauses.Fig> figs, int rateIndex, Family fam) {
        Clauses.Fig r = figs.get(rateIndex);
        Clauses.Fig num = nearest(figs, rateIndex, fam.numerator(), null);
        Clauses.Fig den = nearest(figs, rateIndex, fam.denominator(), fam.notDenominator());
        if (num == null || den == null || num == den || num.at().paragraph() != r.at().paragraph()
                || den.at().paragraph() != r.at().paragraph()
                || num.at().fact().quantity().unit().dimension() != den.at().fact().quantity().unit().dimension()
                || den.at().fact().quantity().normalized().signum() <= 0) {
            return Optional.empty();
        }
        // words between the first operand and the rate that change its basis
        StringBuilder words = new StringBuilder();
        for (int j = Math.min(figs.indexOf(num), figs.indexOf(den)) + 1; j <= rateIndex; j++) {
            words.append(figs.get(j).at().before());
        }
        if (OTHER_BASIS.matcher(words).find()) {
            return Optional.empty();
        }
        Reading reading = new Reading(num.label() + " / " + den.label(), List.of(term(num, "numerator")),
                List.of(term(den, "denominator")));
        return Optional.of(new Relation(null, fam.rule(), term(r, "rate"), List.of(reading), "sentence", r.label()));
    }

    private static RelationTerm term(Clauses.Fig f, String role) {
        var fact = f.at().fact();
        return new RelationTerm(fact.id(), role, 1, fact.quantity(), f.label(), fact.provenance(), f.at().sentenceText());
    }

    /** The nearest figure before the rate, within a few sentences, whose clause words match. */
    private static Clauses.Fig nearest(List<Clauses.Fig> figs, int rateIndex, Pattern label, Pattern not) {
        Clauses.Fig r = figs.get(rateIndex);
        for (int j = rateIndex - 1; j >= 0; j--) {
            Clauses.Fig c = figs.get(j);
            if (r.sentence() - c.sentence() > MAX_SENTENCES_APART || c.paragraph() != r.paragraph()) {
                return null;
            }
            if (c.at().fact().quantity().unit().dimension() == Unit.Dimension.RATIO || c.beforeDe() || c.inParens()
                    || c.at().fact().measure().startsWith("change")) {
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
