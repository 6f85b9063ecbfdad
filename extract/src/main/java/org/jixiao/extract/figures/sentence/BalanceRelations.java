package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Unit;

/**
 * A fund's roll-forward stated in one sentence (rule {@code fund.roll-forward-text}): "收支结余3.55亿元，
 * 期初结余15.72亿元，期末滚存结余19.27亿元" — 期末 = 期初 + 当期结余. Each operand is the one figure of
 * the sentence whose clause words name it; two candidates for one give no relation.
 */
final class BalanceRelations {
    static final String RULE = "fund.roll-forward-text";
    private static final Pattern BEGIN = Pattern.compile("期初(滚存)?(结余|余额)|年初(滚存)?(结余|余额)|上年(滚存)?结余");
    private static final Pattern SURPLUS = Pattern.compile("收支结余|当期结余|本期结余|本年结余");
    private static final Pattern END = Pattern.compile("期末(滚存)?(结余|余额)|年末(滚存)?(结余|余额)|滚存结余");

    List<Relation> build(List<Passages.Placed> placed) {
        List<Clauses.Fig> figs = Clauses.of(placed);
        List<Relation> out = new ArrayList<>();
        for (Clauses.Fig end : figs) {
            if (!money(end) || !END.matcher(end.label()).find() || BEGIN.matcher(end.label()).find()) {
                continue;
            }
            Clauses.Fig begin = find(figs, end, BEGIN);
            Clauses.Fig surplus = find(figs, end, SURPLUS);
            if (begin == null || surplus == null || begin == surplus) {
                continue;
            }
            Reading r = new Reading("期初 + 当期收支结余", List.of(term(begin, "balance-begin"), term(surplus, "surplus")),
                    List.of());
            out.add(new Relation(null, RULE, term(end, "balance-end"), List.of(r), "sentence", end.label()));
        }
        return out;
    }

    private static boolean money(Clauses.Fig f) {
        return f.at().money() && !f.at().fact().measure().startsWith("change");
    }

    /** The one figure in the same sentence whose clause words match (none when two do). */
    private static Clauses.Fig find(List<Clauses.Fig> figs, Clauses.Fig end, Pattern p) {
        Clauses.Fig found = null;
        for (Clauses.Fig f : figs) {
            if (f != end && f.sentence() == end.sentence() && money(f) && p.matcher(f.label()).find()
                    && !END.matcher(f.label()).find()) {
                if (found != null) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }

    private static RelationTerm term(Clauses.Fig f, String role) {
        var fact = f.at().fact();
        return new RelationTerm(fact.id(), role, 1, fact.quantity(), f.label(), fact.provenance(), f.at().sentenceText());
    }
}
