package org.jixiao.index.query;

import static org.jixiao.index.IndexFields.*;

import java.util.List;

import org.apache.lucene.document.Document;

/** One indexed report as stored in its report document. */
public record ReportInfo(String reportId, String path, String fileName, String mediaType, String department,
                         String region, String level, Integer year, String kind, String title, String selfScore,
                         String grade, int blocks, int tables, int facts, int findings, List<String> diagnostics) {

    public static ReportInfo of(Document d) {
        return new ReportInfo(d.get(REPORT_ID), d.get(PATH), d.get(FILE_NAME), d.get(MEDIA_TYPE), d.get(DEPARTMENT),
                d.get(REGION), d.get(LEVEL), Stored.intOrNull(d, YEAR), d.get(KIND), d.get(TITLE), d.get(SELF_SCORE),
                d.get(GRADE), Stored.intOr0(d, N_BLOCKS), Stored.intOr0(d, N_TABLES), Stored.intOr0(d, N_FACTS),
                Stored.intOr0(d, N_FINDINGS), List.of(d.getValues(DIAGNOSTICS)));
    }
}
