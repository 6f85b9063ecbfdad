package org.jixiao.extract;

import java.util.Set;

import org.jixiao.model.Report;

/** One step after block extraction; declares what it needs and what it provides. */
public interface ReportStage {
    String name();

    Set<Requirement> requires();

    Set<Requirement> provides();

    Report apply(Report report, ExtractContext ctx) throws ExtractionException;
}
