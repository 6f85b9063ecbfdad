package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.model.Reading;
import org.jixiao.model.Relation;

/**
 * Change rates stated in sentences. "X，较上年增加/减少D，增长/下降P%": P% = D / (X − D), the change
 * and the rate signed as their words say; "X万元。与2024年度相比，增加D万元，增长P%" takes X from the
 * sentence before; "2023年执行数为B，2024年预算安排X，比2023年执行数减少P%": P% = (X − B) / B, so a
 * direction word that contradicts the figures is a disagreement. A zero base gives no relation:
 * "增长100%" on nothing is not a ratio.
 */
final class ChangeRelations {
    static final String RULE = "ratio.change-rate";
    /** The words between a change and its percentage ("，增长", "，下降比例为"). */
    private static final Pattern RATE_WORDS = Pattern.compile(
            "^[\\s，,]*((下降|增长|减少|增加|降低|上升|提高)?(比例|幅度|比率|率)?为?|(增幅|降幅)为?)\\s*$");
    private static final Pattern COMPARED = Pattern.compile("^[\\s，,]*(与|同|比|较)");
    private static final Pattern AGAINST_PRINTED = Pattern.compile("(比|较|与)\\s*(20\\d\\d)\\s*年[^，,。；;]{0,12}(执行数|决算数|预算数|决算|执行)");
    private static final int MAX_GAP = 14;
    private static final Pattern SUBJECT_HEADING = Pattern.compile("[（(]项[）)][”\"]?\\s*$");

    List<Relation> build(List<Passages.Placed> placed) {
        List<Relation> out = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Passages.Placed rate = placed.get(i);
            if (!rate.percent() || !"change-rate".equals(rate.fact().measure())) {
                continue;
            }
            Passages.Placed change = i > 0 ? placed.get(i - 1) : null;
            if (change != null && change.sentence() == rate.sentence() && change.money()
                    && "change".equals(change.fact().measure()) && rate.before().length() <= MAX_GAP
                    && RATE_WORDS.matcher(rate.before()).matches()) {
                Passages.Placed current = current(placed, i - 1);
                if (current != null) {
                    changeRate(rate, change, current).ifPresent(out::add);
                }
            } else if (AGAINST_PRINTED.matcher(rate.before()).find()) {
                againstPrinted(placed, i).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The figure a change at {@code c} is the change of: its sentence's subject, or the sentence before's. */
    private static Passages.Placed current(List<Passages.Placed> placed, int c) {
        Passages.Placed change = placed.get(c);
        String scope = change.fact().scope();
        for (int j = c - 1; j >= 0; j--) {
            Passages.Placed p = placed.get(j);
            if (p.paragraph() != change.paragraph()) {
                return null;
            }
            boolean sameSentence = p.sentence() == change.sentence();
            boolean sentenceBefore = p.sentence() == change.sentence() - 1 && firstInSentence(placed, c)
                    && COMPARED.matcher(change.before()).find();
            if (!sameSentence && !sentenceBefore) {
                return null;
            }
            if (plainMoney(p) && (scope == null || scope.equals(p.fact().scope()) || sameWhole(scope, p.fact().scope()))) {
                return p;
            }
        }
        return null;
    }

    /**
     * total:财政拨款 and total: one figure's source of funds was found to be all the money of the year,
     * its change's was not (the year before had other money); the change is still that figure's.
     */
    private static boolean sameWhole(String a, String b) {
        return b != null && a.startsWith("total") && b.startsWith("total") && (a.startsWith("total:") != b.startsWith("total:"));
    }

    /**
     * The figure a classification subject's heading prints at the head of the rate's paragraph
     * ("31.“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元"), when it is another value than
     * the current figure the sentence states.
     */
    private static Passages.Placed subjectFigure(List<Passages.Placed> placed, int rateAt, Passages.Placed current) {
        Passages.Placed first = null;
        for (int j = rateAt - 1; j >= 0 && placed.get(j).paragraph() == placed.get(rateAt).paragraph(); j--) {
            first = placed.get(j);
        }
        if (first == null || first == current || !plainMoney(first) || !SUBJECT_HEADING.matcher(first.before()).find()
                || Terms.base(first).compareTo(Terms.base(current)) == 0) {
            return null;
        }
        return first;
    }

    private static boolean firstInSentence(List<Passages.Placed> placed, int i) {
        return i == 0 || placed.get(i - 1).sentence() != placed.get(i).sentence();
    }

    private static boolean plainMoney(Passages.Placed p) {
        String m = p.fact().measure();
        return p.money() && !p.inParens() && !m.startsWith("change") && !"share".equals(m) && !p.before().contains("占");
    }

    private static java.util.Optional<Relation> changeRate(Passages.Placed rate, Passages.Placed change,
                                                           Passages.Placed current) {
        if (Terms.base(current).subtract(Terms.base(change)).signum() == 0) {
            return java.util.Optional.empty();
        }
        Reading r = new Reading("base = current − change (" + current.fact().quantity() + " − " + change.fact().quantity() + ")",
                List.of(Terms.of(change, "change", 1)),
                List.of(Terms.of(current, "current", 1), Terms.of(change, "change", -1)));
        return java.util.Optional.of(new Relation(null, RULE, Terms.of(rate, "rate", 1), List.of(r), "sentence",
                change.before().strip() + " … " + rate.before().strip()));
    }

    /** 2023年当年预算执行数为B，2024年预算安排X，比2023年预算执行数减少P%. */
    private static java.util.Optional<Relation> againstPrinted(List<Passages.Placed> placed, int i) {
        Passages.Placed rate = placed.get(i);
        var m = AGAINST_PRINTED.matcher(rate.before());
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String baseYear = m.group(2);
        Passages.Placed x = null;
        Passages.Placed b = null;
        for (int j = i - 1; j >= 0 && placed.get(j).sentence() == rate.sentence(); j--) {
            Passages.Placed p = placed.get(j);
            if (!plainMoney(p)) {
                continue;
            }
            if (x == null) {
                x = p;
            } else if (baseYear.equals(p.fact().period())) {
                b = p;
                break;
            }
        }
        if (x == null || b == null || baseYear.equals(x.fact().period()) || Terms.base(b).signum() == 0) {
            return java.util.Optional.empty();
        }
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading("base = the " + baseYear + " figure printed (" + b.fact().quantity() + ")",
                List.of(Terms.of(x, "current", 1), Terms.of(b, "base", -1)), List.of(Terms.of(b, "base", 1))));
        Passages.Placed heading = subjectFigure(placed, i, x);
        if (heading != null) {
            // "…（项）”350.35万元，…2024年预算安排352.67万元，比2023年预算执行数增加0.53%": the subject's own
            // figure is the year's figure too; the rate may have been computed on it
            readings.add(new Reading("current = the subject's figure at the paragraph's head (" + heading.fact().quantity() + ")",
                    List.of(Terms.of(heading, "current", 1), Terms.of(b, "base", -1)), List.of(Terms.of(b, "base", 1))));
        }
        return java.util.Optional.of(new Relation(null, RULE, Terms.of(rate, "rate", 1), readings, "sentence",
                rate.before().strip()));
    }
}
