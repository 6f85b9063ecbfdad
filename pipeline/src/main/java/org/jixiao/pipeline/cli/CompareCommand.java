package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.jixiao.corpus.ReportJson;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.PivotRequest;
import org.jixiao.index.query.PivotTable;
import org.jixiao.pipeline.output.IndexTables;
import org.jixiao.pipeline.output.OutputFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jixiao compare --index DIR | --solr ZK_OR_URL --collection NAME --scope S --phase P [--rows department]
 * [--cols year]}: a pivot table.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"A pivot of one measure across reports, e.g. the execution rate of the total budget, "
                + "department × year, from canonical facts only (department-wide figures, no unit, item or "
                + "qualifier). Money is shown in 万元, ratios in %%. A cell whose facts disagree shows each value "
                + "with where it was printed; --format json gives every cell's sources and the basis of each."})
public final class CompareCommand implements Callable<Integer> {
    @CommandLine.Mixin
    IndexSourceOptions source;

    @Option(names = "--scope", paramLabel = "S", required = true, description = "total, basic, sangong, …")
    String scope;

    @Option(names = "--phase", paramLabel = "P", required = true, description = "rate, actual, budget-final, …")
    String phase;

    @Option(names = "--rows", paramLabel = "DIM", defaultValue = "department",
            description = "Row dimension: department, region, level, year, kind, measure, scope, phase, period, unit "
                    + "(default: ${DEFAULT-VALUE}).")
    String rows;

    @Option(names = "--cols", paramLabel = "DIM", defaultValue = "year",
            description = "Column dimension (default: ${DEFAULT-VALUE}, the report's fiscal year; period is the year "
                    + "each figure is for, e.g. last year's column of a table).")
    String cols;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or json (default: ${DEFAULT-VALUE}).", converter = FormatConverter.class)
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        source.validate(spec.commandLine(), false);
        PrintWriter out = spec.commandLine().getOut();
        boolean json = format == OutputFormat.JSON;
        // provenance in every format: a cell whose facts disagree names where each value was printed
        PivotRequest req = new PivotRequest(FactFilter.all(1).withScopePhase(scope, phase), rows, cols, true);
        try (IndexSourceOptions.Opened opened = source.open()) {
            PivotTable p = opened.index().compare(req);
            if (json) {
                out.println(new ReportJson().mapper().writeValueAsString(
                        new IndexTables(opened.index()::report).pivotJson(p)));
            } else {
                IndexTables.pivot(p).print(format, out, null);
            }
            if (p.facts() == 0) {
                spec.commandLine().getErr().println("jixiao compare: no facts with scope " + scope + " and phase " + phase);
            }
        }
        return 0;
    }
}
