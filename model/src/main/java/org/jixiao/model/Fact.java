package org.jixiao.model;

import java.util.List;

/**
 * One figure with its canonical meaning (see GLOSSARY.md).
 *
 * @param measure    amount | rate | count | score | weight | change | change-rate, or a fund measure
 *                   (income, expense, surplus, balance-begin, balance-end, and their parts)
 * @param scope      total | basic | personnel | public | project | sangong[.part] | procurement |
 *                   staff.authorized | staff.actual | unit:NAME | item:NAME | fund:TYPE | …
 * @param subject    the row or sentence subject as printed (e.g. 湖南省社会保险服务中心), or null
 * @param period     the year or "2024-budget" style period the figure is for, or null
 * @param phase      carryover-begin | budget-initial | budget-adjustment | budget-final | actual |
 *                   carryover-end | rate | change, or null
 * @param quantity   the value, unit and printed decimals
 * @param label      the label as printed (row and column headers, or the sentence words)
 * @param provenance where it was printed
 * @param id         stable within the report: f + the order extract found it in (f0, f1 …), or null before
 *                   extract numbered it
 * @param entity     whose figure it is: the department as a whole ("department"), a named unit
 *                   ("unit:…"), 厅本级 ("unit:本级"), a project ("item:…"), or null when not decided
 * @param qualifiers what restricts it as printed: 财政拨款, 一般公共预算, 不含专项资金, 其中, 年初, 在职 …
 * @param basis      how its scope, phase and period were decided, or null for facts from older JSON
 */
public record Fact(String measure, String scope, String subject, String period, String phase, Quantity quantity,
                   String label, Provenance provenance, String id, String entity, List<String> qualifiers, Basis basis) {
    public Fact {
        Validate.notNullParam(measure, "measure");
        Validate.notNullParam(quantity, "quantity");
        qualifiers = Validate.copy(qualifiers);
    }

    /** A fact not yet numbered, without entity, qualifiers or basis. */
    public Fact(String measure, String scope, String subject, String period, String phase, Quantity quantity,
                String label, Provenance provenance) {
        this(measure, scope, subject, period, phase, quantity, label, provenance, null, null, List.of(), null);
    }

    public Fact withId(String newId) {
        return new Fact(measure, scope, subject, period, phase, quantity, label, provenance, newId, entity, qualifiers,
                basis);
    }

    public Fact withMeaning(String newScope, String newEntity, List<String> newQualifiers, Basis newBasis) {
        return new Fact(measure, newScope, subject, period, phase, quantity, label, provenance, id, newEntity,
                newQualifiers, newBasis);
    }

    /** True when the fact is one of the department-wide canonical figures (no unit, item or qualifier). */
    public boolean canonical() {
        return scope != null && !scope.contains(":") && qualifiers.isEmpty();
    }
}
