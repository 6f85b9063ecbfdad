package org.jixiao.extract.figures.layout;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.Requirement;
import org.jixiao.model.Basis;
import org.jixiao.model.Fact;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A source of funds that is the whole department's money says nothing: when the report prints its
 * 财政拨款 (or 一般公共预算 …) total equal to its department total for a phase and year, every figure
 * qualified by that source is the department's own figure, and becomes canonical, with the equality
 * as its basis. Where the two totals differ (a department with 其他资金) the qualifier stays; so does
 * it on a change that differs from the department total's printed change.
 */
public final class QualifierStage implements ReportStage {

    @Override
    public String name() {
        return "qualifiers";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.FACTS);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.FACTS);
    }

    @Override
    public Report apply(Report report, ExtractContext ctx) {
        Set<String> vacuous = new HashSet<>();
        for (Fact q : report.facts()) {
            String qualifier = qualifier(q);
            if (qualifier == null || !q.scope().startsWith("total:") || !"amount".equals(q.measure())) {
                continue;
            }
            boolean equal = report.facts().stream().anyMatch(p -> "total".equals(p.scope()) && "amount".equals(p.measure())
                    && java.util.Objects.equals(p.phase(), q.phase()) && java.util.Objects.equals(p.period(), q.period())
                    && same(p.quantity(), q.quantity()));
            if (equal) {
                vacuous.add(qualifier + "|" + q.period());
            }
        }
        if (vacuous.isEmpty()) {
            return report;
        }
        List<Fact> out = new ArrayList<>();
        for (Fact f : report.facts()) {
            String qualifier = qualifier(f);
            if (qualifier != null && vacuous.contains(qualifier + "|" + f.period()) && !otherChange(f, report.facts())) {
                String plain = f.scope().substring(0, f.scope().length() - qualifier.length() - 1);
                Basis b = f.basis();
                String why = "; " + qualifier + " is the whole department's money (its total equals the department total)";
                out.add(f.withMeaning(plain, "department", List.of(),
                        new Basis((b == null || b.scope() == null ? "" : b.scope()) + why, b == null ? null : b.phase(),
                                b == null ? null : b.period())));
            } else {
                out.add(f);
            }
        }
        return report.withFacts(out);
    }

    /**
     * A change of a qualified total that differs from the department total's printed change: the
     * source was not all the money in the year compared with (收支总计增加2214.39, 一般公共预算增加2228.78).
     */
    private static boolean otherChange(Fact f, List<Fact> facts) {
        if (!"change".equals(f.phase()) || !f.scope().startsWith("total:")) {
            return false;
        }
        List<Fact> plain = facts.stream().filter(p -> "total".equals(p.scope()) && "change".equals(p.phase())
                && java.util.Objects.equals(p.measure(), f.measure()) && java.util.Objects.equals(p.period(), f.period()))
                .toList();
        return !plain.isEmpty() && plain.stream().noneMatch(p -> same(p.quantity(), f.quantity()));
    }

    /** The one qualifier of a qualified canonical scope ("basic:财政拨款" → 财政拨款), or null. */
    private static String qualifier(Fact f) {
        if (f.scope() == null || f.qualifiers().size() != 1) {
            return null;
        }
        String q = f.qualifiers().get(0);
        return f.scope().endsWith(":" + q) && !f.scope().startsWith("item:") && !f.scope().startsWith("unit:")
                && !f.scope().startsWith("fund:") ? q : null;
    }

    private static boolean same(Quantity a, Quantity b) {
        if (a.unit().dimension() != b.unit().dimension()) {
            return false;
        }
        BigDecimal tol = a.halfUlp().multiply(a.unit().factor()).add(b.halfUlp().multiply(b.unit().factor()));
        return a.normalized().subtract(b.normalized()).abs().compareTo(tol) <= 0;
    }
}
