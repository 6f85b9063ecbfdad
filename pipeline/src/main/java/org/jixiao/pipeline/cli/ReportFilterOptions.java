package org.jixiao.pipeline.cli;

import picocli.CommandLine.Option;

/** The --department and --year filters shared by the query commands (a picocli mixin). */
public final class ReportFilterOptions {
    @Option(names = "--department", paramLabel = "D", description = "Only this department (full name).")
    String department;

    @Option(names = "--year", paramLabel = "Y", description = "Only this fiscal year.")
    Integer year;
}
