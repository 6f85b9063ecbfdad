package org.jixiao.model;

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
 */
public record Fact(String measure, String scope, String subject, String period, String phase, Quantity quantity,
                   String label, Provenance provenance) {
    public Fact {
        Validate.notNullParam(measure, "measure");
        Validate.notNullParam(quantity, "quantity");
    }
}
