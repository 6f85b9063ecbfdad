package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.model.Report;
import org.jixiao.pipeline.Pipeline;
import org.jixiao.pipeline.output.FactRows;
import org.jixiao.pipeline.output.OutputFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao facts PATH... [--format text|csv|json]}: the facts of reports as a table. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Print the facts (figures with scope, phase, unit and provenance) of reports or report JSON files.")
public final class FactsCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or json (default: ${DEFAULT-VALUE}).", converter = FormatConverter.class)
    OutputFormat format;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files, report JSON files or folders.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int failed = 0;
        List<Report> reports = new ArrayList<>();
        try (Pipeline p = Pipeline.defaults()) {
            for (Path f : p.expand(paths)) {
                Report r = p.load(f);
                if (r.failed()) {
                    failed++;
                    spec.commandLine().getErr().println("jixiao facts: " + f + ": "
                            + r.diagnostics().get(0).message());
                }
                reports.add(r);
            }
            FactRows.of(reports).print(format, spec.commandLine().getOut(), p.json().mapper());
        }
        return failed == 0 ? 0 : 1;
    }
}
