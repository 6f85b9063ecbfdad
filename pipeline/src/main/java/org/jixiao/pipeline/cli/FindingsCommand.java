package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jixiao.corpus.ReportJson;
import org.jixiao.index.query.FindingFilter;
import org.jixiao.index.query.FindingResult;
import org.jixiao.pipeline.output.IndexTables;
import org.jixiao.pipeline.output.OutputFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao findings --index DIR | --solr ZK_OR_URL --collection NAME [--severity error] [--rule R] [--format text|csv|json]}. */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = "List the findings of the checks (figures that do not agree) stored in an index.")
public final class FindingsCommand implements Callable<Integer> {
    @CommandLine.Mixin
    IndexSourceOptions source;

    @Option(names = "--severity", paramLabel = "S", description = "error, warning, info or not-evaluated.")
    String severity;

    @Option(names = "--rule", paramLabel = "R", description = "Only this rule, e.g. table.column-sum.")
    String rule;

    @CommandLine.Mixin
    ReportFilterOptions where;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N findings (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or json (default: ${DEFAULT-VALUE}).", converter = FormatConverter.class)
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        source.validate(spec.commandLine(), false);
        if (severity != null && !severity.matches("error|warning|info|not-evaluated")) {
            throw new IllegalArgumentException("--severity must be error, warning, info or not-evaluated, not '" + severity + "'");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        FindingFilter filter = new FindingFilter(severity, rule, where.department, where.year, limit);
        try (IndexSourceOptions.Opened opened = source.open()) {
            FindingResult r = opened.index().findings(filter);
            new IndexTables(opened.index()::report).findings(r.rows()).print(format, out, new ReportJson().mapper());
            if (format == OutputFormat.TEXT) {
                Map<String, Integer> counts = opened.index().countBySeverity(filter);
                out.println(r.rows().size() + " of " + r.total() + " findings shown; by severity: " + counts);
            }
        }
        return 0;
    }
}
