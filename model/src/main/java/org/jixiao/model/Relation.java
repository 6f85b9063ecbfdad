package org.jixiao.model;

import java.util.List;

/**
 * A calculation arc between printed figures (the XBRL calculation network, applied to reports):
 * a total and its parts, a rate and its numerator and denominator, a change and its base, or one
 * quantity printed in two places. Built once by extract with its origin and the cue that
 * triggered it; {@code check} evaluates it and never re-derives it. Where the report allows more
 * than one reading, every plausible one is kept; nothing is guessed.
 *
 * @param id       unique within the report (r0, r1 …)
 * @param rule     the family it belongs to, named as the check rule that evaluates it (table.column-sum,
 *                 table.row-identity, ratio.change-rate, figure.duplicate …)
 * @param result   the printed figure the relation predicts
 * @param readings the plausible readings; an inconsistency is reported only when every one disagrees
 * @param origin   where the relation comes from: layout (the row tree or columns of a table), identity
 *                 (a standard identity of table-identities.tsv), sentence (a cue in the text), same-figure
 * @param cue      the printed words or layout that triggered it (合计, 其中, 较上年增长, 表1 = 表3 …)
 * @param direction the one direction its words state, as extract read them: "up" (增加, 高于 …), "down"
 *                 (减少, 低于 …), "even" (持平, 相等 …); null when they state none or several (增减)
 */
public record Relation(String id, String rule, RelationTerm result, List<Reading> readings, String origin, String cue,
                       String direction) {

    /** A relation whose words state no direction. */
    public Relation(String id, String rule, RelationTerm result, List<Reading> readings, String origin, String cue) {
        this(id, rule, result, readings, origin, cue, null);
    }

    public Relation {
        Validate.notNullParam(rule, "rule");
        Validate.notNullParam(result, "result");
        readings = Validate.copy(readings);
        Validate.isTrue(!readings.isEmpty(), "a relation needs at least one reading");
    }
}
