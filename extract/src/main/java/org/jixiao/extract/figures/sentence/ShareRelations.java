package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jixiao.model.Fact;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;

/**
 * Shares stated in sentences: "基本支出Y万元，占P%" or "占…总额X万元的P%". The part is the figure
 * printed just before; the whole is, each as a reading, the base printed in the 占 clause, the
 * figure a 其中 list in the sentence breaks down, and the first figure of the paragraph when the
 * words name a total (合计, 总计, 总额, 全部).
 */
final class ShareRelations {
    static final String RULE = "ratio.share";
    private static final Pattern WHOLE_WORDS = Pattern.compile("合计|总计|总额|全部|总支出|总收入|部门预算");

    private final SentenceCues cues;

    ShareRelations(SentenceCues cues) {
        this.cues = cues;
    }

    /**
     * @param placed the report's sentence figures in place
     * @param facts  all the report's facts: a whole the words name (占“三公”经费的) may be printed in a table
     */
    List<Relation> build(List<Passages.Placed> placed, List<Fact> facts) {
        List<Relation> out = new ArrayList<>();
        for (int i = 1; i < placed.size(); i++) {
            Passages.Placed share = placed.get(i);
            if (!share.percent() || !"share".equals(share.fact().measure())) {
                continue;
            }
            Passages.Placed before = placed.get(i - 1);
            Passages.Placed base = null;
            int partAt = i - 1;
            if (before.before().contains("占") && before.sentence() == share.sentence()) {
                base = before;
                partAt = i - 2;
            }
            if (partAt < 0) {
                continue;
            }
            Passages.Placed part = placed.get(partAt);
            if (part.sentence() != share.sentence() || !part.money() || part.inParens()
                    || part.fact().measure().startsWith("change") || Terms.base(part).signum() < 0) {
                continue;
            }
            Map<String, Passages.Placed> wholes = new LinkedHashMap<>();
            if (base != null) {
                wholes.put("the base printed with the share", base);
            }
            Passages.Placed parent = parentOfList(placed, partAt);
            if (parent != null) {
                wholes.putIfAbsent("the figure the 其中 list breaks down", parent);
            }
            Passages.Placed first = firstOfParagraph(placed, partAt);
            String shareWords = share.before() + (base == null ? "" : base.before());
            if (first != null && WHOLE_WORDS.matcher(shareWords).find()) {
                wholes.putIfAbsent("the paragraph's first figure", first);
            }
            String words = shareWords.contains("占") ? shareWords.substring(shareWords.indexOf('占')) : shareWords;
            var named = cues.scope(words).filter(c -> !c.textscope() || !"total".equals(c.canonical()));
            if (named.isPresent()) {
                namedWholes(named.get().canonical(), part, placed, partAt, facts, wholes);
            }
            List<Reading> readings = new ArrayList<>();
            java.util.Set<String> values = new java.util.HashSet<>();
            for (var e : wholes.entrySet()) {
                Passages.Placed w = e.getValue();
                if (w == part || Terms.base(w).signum() <= 0 || !values.add(Terms.base(w).stripTrailingZeros().toPlainString())) {
                    continue;
                }
                readings.add(new Reading("whole: " + e.getKey() + " " + w.fact().quantity(),
                        List.of(Terms.of(part, "part", 1)), List.of(Terms.of(w, "whole", 1))));
            }
            if (!readings.isEmpty()) {
                out.add(new Relation(null, RULE, Terms.of(share, "share", 1), readings, "sentence", shareWords.strip()));
            }
        }
        return out;
    }

    /**
     * The figures of the scope the words name (占“三公”经费的): the nearest one printed before in the
     * text, and the table cells of that scope, phase and period.
     */
    private static void namedWholes(String scope, Passages.Placed part, List<Passages.Placed> placed, int partAt,
                                    List<Fact> facts, Map<String, Passages.Placed> wholes) {
        for (int j = partAt - 1; j >= 0; j--) {
            Passages.Placed p = placed.get(j);
            if (scope.equals(p.fact().scope()) && p.money() && !p.fact().measure().startsWith("change")
                    && java.util.Objects.equals(p.fact().period(), part.fact().period())) {
                wholes.putIfAbsent("the " + scope + " figure printed before", p);
                break;
            }
        }
        int k = 0;
        for (Fact f : facts) {
            if (f.provenance() != null && f.provenance().tableId() != null && scope.equals(f.scope())
                    && f.quantity().unit().dimension() == org.jixiao.model.Unit.Dimension.MONEY
                    && java.util.Objects.equals(f.period(), part.fact().period())
                    && java.util.Objects.equals(f.phase(), part.fact().phase())) {
                wholes.putIfAbsent("the " + scope + " table cell " + k++, new Passages.Placed(f, "", -1, -1, false, f.label()));
            }
        }
    }

    /** The figure just before the 其中 that starts the list {@code partAt} belongs to, in its sentence. */
    private static Passages.Placed parentOfList(List<Passages.Placed> placed, int partAt) {
        Passages.Placed part = placed.get(partAt);
        for (int j = partAt; j > 0; j--) {
            Passages.Placed p = placed.get(j);
            if (p.sentence() != part.sentence()) {
                return null;
            }
            if (p.before().contains("其中")) {
                Passages.Placed parent = placed.get(j - 1);
                return parent.sentence() == part.sentence() && parent.money() && !parent.inParens()
                        && !parent.fact().measure().startsWith("change") ? parent : null;
            }
        }
        return null;
    }

    private static Passages.Placed firstOfParagraph(List<Passages.Placed> placed, int partAt) {
        Passages.Placed first = null;
        for (int j = partAt - 1; j >= 0 && placed.get(j).paragraph() == placed.get(partAt).paragraph(); j--) {
            if (placed.get(j).money() && !placed.get(j).inParens()) {
                first = placed.get(j);
            }
        }
        return first;
    }
}
