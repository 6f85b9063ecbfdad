package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jixiao.model.Basis;
import org.jixiao.model.Fact;
import org.jixiao.model.Interval;

/**
 * Decides, once per report, whether a qualifier restricts anything. Where all the department's money
 * is 财政拨款 the report prints "财政拨款收入 X" and "收入预算 X" with one value: there the qualified
 * figure is the whole one and gets the canonical scope, with a basis saying so. A qualifier is
 * vacuous only when some total it qualifies equals an unqualified total of the same measure, phase
 * and period, and no qualified total differs from every unqualified one of its key (a stray table
 * 合计 read as a total does not count against it); otherwise every figure keeps its qualified scope.
 */
final class QualifierResolver {

    List<Fact> resolve(List<Fact> facts) {
        Map<String, List<Fact>> plainTotals = new HashMap<>();
        for (Fact f : facts) {
            if ("total".equals(f.scope()) && f.qualifiers().isEmpty()) {
                plainTotals.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
            }
        }
        Set<String> equal = new HashSet<>();
        Set<String> differ = new HashSet<>();
        for (Fact f : facts) {
            if (f.scope() == null || !f.scope().startsWith("total:") || f.qualifiers().isEmpty()) {
                continue;
            }
            String q = f.scope().substring("total:".length());
            List<Fact> plain = plainTotals.getOrDefault(key(f), List.of());
            if (plain.stream().anyMatch(QualifierResolver::sentence)) {
                // the totals the text states outweigh a table 合计 read as a total
                plain = plain.stream().filter(QualifierResolver::sentence).toList();
            }
            if (f.quantity().value().signum() == 0) {
                continue;
            }
            if (plain.stream().anyMatch(t -> same(f, t))) {
                equal.add(q);
            } else if (!plain.isEmpty()) {
                differ.add(q);
            }
        }
        equal.removeAll(differ);
        if (equal.isEmpty()) {
            return facts;
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            out.add(promote(f, equal));
        }
        return out;
    }

    private static Fact promote(Fact f, Set<String> vacuous) {
        if (f.scope() == null || !f.scope().contains(":") || f.scope().startsWith("fund:")
                || f.scope().startsWith("item:") || f.scope().startsWith("unit:") || f.qualifiers().isEmpty()
                || !vacuous.containsAll(f.qualifiers())) {
            return f;
        }
        String base = f.scope().substring(0, f.scope().indexOf(':'));
        Basis b = f.basis();
        String why = "qualifier " + String.join("+", f.qualifiers()) + " covers the whole department here"
                + " (its total equals the unqualified total)";
        Basis nb = new Basis((b == null || b.scope() == null ? "" : b.scope() + "; ") + why,
                b == null ? null : b.phase(), b == null ? null : b.period());
        return f.withMeaning(base, "department", List.of(), nb);
    }

    private static boolean sentence(Fact f) {
        return f.provenance() != null && SentenceFactStage.EXTRACTOR.equals(f.provenance().extractor());
    }

    private static String key(Fact f) {
        return f.measure() + "|" + f.phase() + "|" + f.period() + "|" + f.quantity().unit().dimension();
    }

    private static boolean same(Fact a, Fact b) {
        Interval x = a.quantity().interval().times(a.quantity().unit().factor());
        Interval y = b.quantity().interval().times(b.quantity().unit().factor());
        return x.overlaps(y);
    }
}
