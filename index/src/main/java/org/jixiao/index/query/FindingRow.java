package org.jixiao.index.query;

import static org.jixiao.index.IndexFields.*;

import org.apache.lucene.document.Document;

/**
 * One finding as stored.
 *
 * @param expected   "lo..hi" in {@code unit}, or null
 * @param actual     "lo..hi" in {@code unit}, or null
 * @param evidence   the figures involved, as JSON (role, label, quantity, provenance, context)
 */
public record FindingRow(String reportId, String department, Integer year, String rule, String severity,
                         String messageZh, String messageEn, String expected, String actual, String unit,
                         Integer page, String evidence) {

    /** The finding of a stored document; department and year come from its report ({@code null} when unknown). */
    public static FindingRow of(Document d, ReportInfo r) {
        return new FindingRow(d.get(REPORT_ID), r == null ? null : r.department(), r == null ? null : r.year(),
                d.get(RULE),
                d.get(SEVERITY), d.get(MESSAGE_ZH), d.get(MESSAGE_EN), d.get(EXPECTED), d.get(ACTUAL), d.get(UNIT),
                Stored.intOrNull(d, PAGE), d.get(EVIDENCE));
    }
}
