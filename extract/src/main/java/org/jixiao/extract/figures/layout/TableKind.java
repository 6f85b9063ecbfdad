package org.jixiao.extract.figures.layout;

import java.util.List;

/**
 * One standard table (a line of table-kinds.tsv).
 *
 * @param id          e.g. budget.sangong
 * @param totalScope  the scope of its 合计 row and top-level 合计 column, or null when it is no one scope
 * @param qualifiers  what restricts every figure of the table (财政拨款 …)
 * @param requiredIn  report kinds that must print it (budget, final-account)
 * @param captionDates true when a year heading its caption is the period of its figures; false when they
 *                    are of the report's year whatever the caption says (target forms, score sheets)
 * @param synonyms    caption wordings, normalized
 */
public record TableKind(String id, String totalScope, List<String> qualifiers, List<String> requiredIn,
                        boolean captionDates, List<String> synonyms) {
    public TableKind {
        qualifiers = List.copyOf(qualifiers);
        requiredIn = List.copyOf(requiredIn);
        synonyms = List.copyOf(synonyms);
    }
}
