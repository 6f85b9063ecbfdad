package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jixiao.model.Quantity;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Unit;

/**
 * A total and the parts a sentence lists for it (rule {@code text.parts-sum}): "总额为X万元，其中：A
 * a万元，B b万元" (the list may be partial: the result's role is {@link #OPEN_TOTAL}) or "分别为：A
 * a万元，B b万元，合计X万元" (complete by its own words, or a known whole: 上年结转 + 年初预算 + 本年调整,
 * 基本 + 项目支出, 人员 + 公用经费: role {@code total}). Parts stop at the sentence end or at a clause
 * that compares or rates (较上年…, 执行率…, 占…); figures in brackets form their own list with the
 * figure before the bracket as their total; a list opening a sentence ("具体包括…") breaks down the
 * first figure of the sentence before. When the parts are printed in more than one unit, a second
 * reading takes the odd ones in their siblings' unit (转移支出0.02万元 among 亿元 parts): its terms
 * have the role {@link #ODD_UNIT}, for the unit check to tell a misprinted unit from a wrong sum.
 */
final class PartsRelations {
    static final String RULE = "text.parts-sum";
    /** The role of a 其中 total: its parts may be a partial list, so a total above them is not an error. */
    static final String OPEN_TOTAL = "whereof-total";
    /** A part read in its siblings' unit instead of the one printed with it. */
    static final String ODD_UNIT = "odd-unit-part";
    private static final Pattern STOP = Pattern.compile("较|比上年|同比|增长|下降|减少|增加|执行率|完成率|完成预算|占|结余|剔除|扣除");
    private static final Pattern WHEREOF = Pattern.compile("其中|具体包括|包括|具体为");
    private static final Pattern BUDGET_PART = Pattern.compile("上年结转|年初预算|调整|追加");
    private static final Pattern BASIC_PROJECT = Pattern.compile("基本支出|项目支出");
    private static final Pattern PERSONNEL_PUBLIC = Pattern.compile("人员经费|公用经费");
    private static final Pattern SUM_WORD = Pattern.compile("(合计|共计|总计)[为是]?$");

    /** A total and its parts as found, before they become a relation. */
    private record Found(Clauses.Fig total, List<Clauses.Fig> parts, boolean complete, String cue) {
    }

    List<Relation> build(List<Passages.Placed> placed) {
        List<Clauses.Fig> figs = Clauses.of(placed);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < figs.size(); i++) {
            Clauses.Fig f = figs.get(i);
            String between = f.between();
            var w = WHEREOF.matcher(between);
            if (w.find() && !f.inParens()) {
                whereof(figs, i, between.substring(0, w.start()).strip().isEmpty(), found);
            }
            if (SUM_WORD.matcher(f.label()).find() && !f.inParens()) {
                summed(figs, i, found);
            }
            if (i + 1 < figs.size()) {
                parenthesized(figs, i, found);
            }
        }
        List<Relation> out = new ArrayList<>();
        for (Found x : found) {
            out.add(relation(x));
        }
        return out;
    }

    private static Relation relation(Found x) {
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading("the parts listed", x.parts().stream().map(p -> term(p, "part", p.at().fact().quantity())).toList(),
                List.of()));
        Reading odd = oddUnitReading(x);
        if (odd != null) {
            readings.add(odd);
        }
        RelationTerm total = term(x.total(), x.complete() ? "total" : OPEN_TOTAL, x.total().at().fact().quantity());
        return new Relation(null, RULE, total, readings, "sentence", x.cue());
    }

    /** The parts printed in another unit than the total read in the total's unit, when its siblings share it. */
    private static Reading oddUnitReading(Found x) {
        Unit u = x.total().at().fact().quantity().unit();
        Set<Unit> units = x.parts().stream().map(p -> p.at().fact().quantity().unit()).collect(Collectors.toSet());
        if (units.size() < 2 || !units.contains(u) || u.dimension() != Unit.Dimension.MONEY) {
            return null;
        }
        List<RelationTerm> terms = new ArrayList<>();
        for (Clauses.Fig p : x.parts()) {
            Quantity q = p.at().fact().quantity();
            terms.add(q.unit() == u ? term(p, "part", q) : term(p, ODD_UNIT, q.withUnit(u)));
        }
        return new Reading("the parts in another unit read in " + u.symbol(), terms, List.of());
    }

    private static RelationTerm term(Clauses.Fig f, String role, Quantity q) {
        var fact = f.at().fact();
        return new RelationTerm(fact.id(), role, 1, q, f.label(), fact.provenance(), f.at().sentenceText());
    }

    /** Money, count and score figures only: rates are never summed. */
    private static boolean summable(Clauses.Fig f) {
        return f.at().fact().quantity().unit().dimension() != Unit.Dimension.RATIO
                && !f.at().fact().measure().startsWith("change");
    }

    private static void whereof(List<Clauses.Fig> figs, int first, boolean opensSentence, List<Found> out) {
        Clauses.Fig total = null;
        for (int j = first - 1; j >= 0 && figs.get(j).sentence() == figs.get(first).sentence(); j--) {
            Clauses.Fig c = figs.get(j);
            if (summable(c) && !c.inParens() && !c.beforeDe()) {
                total = c;
                break;
            }
        }
        if (total == null && opensSentence) {
            total = previousSentenceSubject(figs, first);
        }
        if (total == null) {
            return;
        }
        List<Clauses.Fig> parts = collect(figs, first, total);
        if (parts.size() >= 2) {
            out.add(new Found(total, parts, knownWhole(parts), "其中"));
        }
    }

    private static void summed(List<Clauses.Fig> figs, int totalIndex, List<Found> out) {
        Clauses.Fig total = figs.get(totalIndex);
        List<Clauses.Fig> parts = new ArrayList<>();
        for (int j = totalIndex - 1; j >= 0 && figs.get(j).sentence() == total.sentence(); j--) {
            Clauses.Fig c = figs.get(j);
            if (STOP.matcher(c.clause()).find() || WHEREOF.matcher(c.label()).find()) {
                if (WHEREOF.matcher(c.label()).find() && sameDim(c, total) && !c.inParens() && summable(c)) {
                    parts.add(0, c);
                }
                break;
            }
            if (sameDim(c, total) && !c.inParens() && !c.beforeDe() && summable(c)) {
                parts.add(0, c);
            }
        }
        if (parts.size() >= 2) {
            out.add(new Found(total, parts, true, "合计"));
        }
    }

    /** "公务用车购置及运行维护费97.75万元（购置费24.99万元、运行维护费72.76万元）". */
    private static void parenthesized(List<Clauses.Fig> figs, int i, List<Found> out) {
        Clauses.Fig total = figs.get(i);
        if (total.inParens() || !summable(total) || !total.bracketAfter()) {
            return;
        }
        List<Clauses.Fig> parts = new ArrayList<>();
        for (int j = i + 1; j < figs.size() && figs.get(j).inParens() && figs.get(j).sentence() == total.sentence(); j++) {
            if (sameDim(figs.get(j), total) && summable(figs.get(j))) {
                parts.add(figs.get(j));
            }
        }
        if (parts.size() >= 2) {
            out.add(new Found(total, parts, false, "（…）"));
        }
    }

    private static List<Clauses.Fig> collect(List<Clauses.Fig> figs, int first, Clauses.Fig total) {
        List<Clauses.Fig> parts = new ArrayList<>();
        int sentence = figs.get(first).sentence();
        for (int j = first; j < figs.size() && figs.get(j).sentence() == sentence; j++) {
            Clauses.Fig c = figs.get(j);
            if (j > first && (STOP.matcher(c.clause()).find() || WHEREOF.matcher(c.label()).find())) {
                break;
            }
            if (c.inParens() || !sameDim(c, total) || c.beforeDe() || !summable(c)) {
                continue;
            }
            parts.add(c);
        }
        return parts;
    }

    /**
     * "…总金额为33,502.94万元，…。具体包括基本支出…": a sentence that opens with the list refers to the
     * first figure of the sentence before it.
     */
    private static Clauses.Fig previousSentenceSubject(List<Clauses.Fig> figs, int first) {
        Clauses.Fig f = figs.get(first);
        Clauses.Fig subject = null;
        for (int j = first - 1; j >= 0 && figs.get(j).sentence() >= f.sentence() - 1; j--) {
            Clauses.Fig c = figs.get(j);
            if (c.sentence() == f.sentence() - 1 && c.paragraph() == f.paragraph() && summable(c) && !c.inParens()
                    && !c.beforeDe()) {
                subject = c;
            }
        }
        return subject != null && sameDim(subject, f) ? subject : null;
    }

    /** Parts that are a whole by definition: 上年结转 + 年初预算 + 本年调整 is the full budget. */
    private static boolean knownWhole(List<Clauses.Fig> parts) {
        return covers(parts, BUDGET_PART, "年初预算", "调整") || covers(parts, BASIC_PROJECT, "基本支出", "项目支出")
                || covers(parts, PERSONNEL_PUBLIC, "人员经费", "公用经费");
    }

    /** Every part's label is one of the decomposition's and each named part is there. */
    private static boolean covers(List<Clauses.Fig> parts, Pattern all, String... required) {
        for (String r : required) {
            if (parts.stream().noneMatch(p -> p.label().contains(r))) {
                return false;
            }
        }
        return parts.stream().allMatch(p -> all.matcher(p.label()).find());
    }

    /** One dimension, and for counts one thing counted (人 and 万人 add up, 人 and 个 do not). */
    private static boolean sameDim(Clauses.Fig a, Clauses.Fig b) {
        Unit u = a.at().fact().quantity().unit();
        Unit v = b.at().fact().quantity().unit();
        return u.dimension() == v.dimension() && (u.dimension() != Unit.Dimension.COUNT
                || u.symbol().replaceFirst("^万", "").equals(v.symbol().replaceFirst("^万", "")));
    }
}
