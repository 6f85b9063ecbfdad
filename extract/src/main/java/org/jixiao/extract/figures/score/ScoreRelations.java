package org.jixiao.extract.figures.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extract.figures.NumberReader;
import org.jixiao.model.Indicator;
import org.jixiao.model.Quantity;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Unit;

/**
 * The sums a score sheet states (rule {@code score.sheet}, origin {@code layout}): the weight an
 * indicator group's header prints ("产出指标（50分）") against the weights of the indicators under it,
 * and a 总分 / 合计 row's weight and score against the sums of the sheet's other rows.
 */
final class ScoreRelations {
    static final String RULE = "score.sheet";
    private static final Pattern GROUP_WEIGHT = Pattern.compile("[（(]\\s*([0-9０-９.．]+)\\s*分\\s*[）)]");
    private static final Pattern TOTAL = Pattern.compile("^(总\\s*分|合\\s*计|总\\s*计)");

    private final NumberReader numbers;

    ScoreRelations(NumberReader numbers) {
        this.numbers = numbers;
    }

    /** The relations of every sheet among {@code indicators}, in order. */
    List<Relation> build(List<Indicator> indicators) {
        Map<String, List<Indicator>> sheets = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            sheets.computeIfAbsent(i.sheet() == null ? "" : i.sheet(), k -> new ArrayList<>()).add(i);
        }
        List<Relation> out = new ArrayList<>();
        for (List<Indicator> sheet : sheets.values()) {
            List<Indicator> rows = sheet.stream().filter(i -> !isTotal(i)).toList();
            groups(rows, out);
            sheet.stream().filter(ScoreRelations::isTotal).findFirst().ifPresent(t -> totals(t, rows, out));
        }
        return out;
    }

    /** A 总分 / 合计 / 总计 row of a sheet. */
    static boolean isTotal(Indicator i) {
        for (String s : new String[] {i.level1(), i.level2(), i.level3()}) {
            if (s != null && TOTAL.matcher(s.trim()).find()) {
                return true;
            }
        }
        return false;
    }

    private void groups(List<Indicator> rows, List<Relation> out) {
        Map<String, List<Indicator>> byGroup = new LinkedHashMap<>();
        for (Indicator i : rows) {
            if (i.level1() != null && i.weight() != null) {
                byGroup.computeIfAbsent(i.level1(), k -> new ArrayList<>()).add(i);
            }
        }
        byGroup.forEach((group, members) -> stated(group).ifPresent(w -> {
            Indicator first = members.get(0);
            RelationTerm printed = new RelationTerm(null, "group-weight", 1, w, group, first.provenance(), context(first));
            out.add(relation(printed, members, Indicator::weight, "weight", "指标组「" + group + "」所标分值与组内各指标分值之和"));
        }));
    }

    private static void totals(Indicator total, List<Indicator> rows, List<Relation> out) {
        if (total.weight() != null) {
            out.add(relation(term(total, total.weight(), "total-weight", "总分值"), rows, Indicator::weight, "weight",
                    "总分行的分值与各指标分值之和"));
        }
        if (total.score() != null) {
            out.add(relation(term(total, total.score(), "total-score", "总分"), rows, Indicator::score, "score",
                    "总分与各指标得分之和"));
        }
    }

    private static Relation relation(RelationTerm result, List<Indicator> rows, Function<Indicator, Quantity> value,
                                     String role, String cue) {
        List<RelationTerm> parts = rows.stream().filter(i -> value.apply(i) != null)
                .map(i -> term(i, value.apply(i), role, "weight".equals(role) ? "分值" : "得分")).toList();
        return new Relation(null, RULE, result, List.of(new Reading("Σ the " + role + "s of the sheet's rows", parts, List.of())),
                "layout", cue);
    }

    /** The weight a group header states, read by the figures stage's number reader. */
    private Optional<Quantity> stated(String group) {
        Matcher m = GROUP_WEIGHT.matcher(group);
        return m.find() ? numbers.readCell(m.group(1), Unit.POINT).map(ScoreRelations::points) : Optional.empty();
    }

    private static RelationTerm term(Indicator i, Quantity q, String role, String what) {
        return new RelationTerm(null, role, 1, points(q), name(i) + " " + what, i.provenance(), context(i));
    }

    private static Quantity points(Quantity q) {
        return q.unit() == Unit.POINT ? q : q.withUnit(Unit.POINT);
    }

    private static String name(Indicator i) {
        return i.level3() != null ? i.level3() : i.level2() != null ? i.level2() : i.level1() == null ? "" : i.level1();
    }

    private static String context(Indicator i) {
        return (i.sheet() == null ? "" : i.sheet() + ": ") + String.join(" | ", nz(i.level1()), nz(i.level2()), nz(i.level3()),
                nz(i.target()), nz(i.actual()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
