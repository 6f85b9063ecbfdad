package org.jixiao.model;

/**
 * One printed figure in a relation: the fact it is (when there is one), its part in the relation,
 * its sign, and everything needed to show it without reading the report again.
 *
 * @param factId     the id of the fact it is, or null
 * @param role       its part: total, part, whereof, numerator, denominator, current, base, printed …
 * @param sign       +1 or −1 (减: rows, a difference's subtrahend)
 * @param quantity   the value as printed
 * @param label      the label as printed
 * @param provenance where it was printed
 * @param context    the row or sentence it stands in, for quoting
 */
public record RelationTerm(String factId, String role, int sign, Quantity quantity, String label, Provenance provenance,
                           String context) {
    public RelationTerm {
        Validate.notNullParam(quantity, "quantity");
        Validate.isTrue(sign == 1 || sign == -1, "sign must be +1 or -1");
    }
}
