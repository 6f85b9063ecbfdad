package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jixiao.check.Checker;
import org.jixiao.check.RuleStats;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.pipeline.Pipeline;
import org.jixiao.pipeline.output.AuditPage;
import org.jixiao.pipeline.output.FindingJson;
import org.jixiao.pipeline.output.FindingRows;
import org.jixiao.pipeline.output.OutputFormat;
import org.jixiao.pipeline.output.RuleStatsRows;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao check [--format text|json|csv|html] [--out DIR] [--stats] PATH...}: the findings of the
 * consistency rules. Findings are results, not failures: the exit code is 0 when every file could
 * be read, 1 when some could not, 2 on a usage error.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the figures of reports (or report JSON files) against each other and print the findings.")
public final class CheckCommand implements Callable<Integer> {
    /** The formats of {@code check}. */
    enum Format { TEXT, JSON, CSV, HTML }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, csv or html (html writes one audit page per report into --out; default: ${DEFAULT-VALUE}).",
            converter = CheckFormatConverter.class)
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the html audit pages (required with --format html).")
    Path out;

    @Option(names = "--stats", description = "Instead of the findings, print per rule how many relations or figures it "
            + "evaluated, how many held and fired, and how often it was not evaluated, with the reasons (text, csv or json).")
    boolean stats;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files, report JSON files or folders.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (format == Format.HTML && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format html needs --out DIR");
        }
        int failed = 0;
        List<Report> reports = new ArrayList<>();
        try (Pipeline p = Pipeline.defaults()) {
            for (Path f : p.expand(paths)) {
                Report r = p.load(f);
                if (r.failed()) {
                    failed++;
                    spec.commandLine().getErr().println("jixiao check: " + f + ": " + r.diagnostics().get(0).message());
                    continue;
                }
                reports.add(r);
            }
            RuleStats ruleStats = new RuleStats();
            Map<Report, List<Finding>> findings = Checker.standard().checkAll(reports, ruleStats);
            if (stats) {
                if (format == Format.HTML) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--stats prints text, csv or json");
                }
                OutputFormat f = format == Format.JSON ? OutputFormat.JSON : format == Format.CSV ? OutputFormat.CSV
                        : OutputFormat.TEXT;
                RuleStatsRows.of(ruleStats).print(f, spec.commandLine().getOut(), p.json().mapper());
                spec.commandLine().getOut().flush();
                return failed == 0 ? 0 : 1;
            }
            switch (format) {
                case HTML -> writePages(findings);
                case JSON -> spec.commandLine().getOut().println(p.json().write(FindingJson.of(findings)));
                case CSV -> FindingRows.of(findings).print(OutputFormat.CSV, spec.commandLine().getOut(), p.json().mapper());
                default -> FindingRows.of(findings).print(OutputFormat.TEXT, spec.commandLine().getOut(), p.json().mapper());
            }
        }
        spec.commandLine().getOut().flush();
        return failed == 0 ? 0 : 1;
    }

    private void writePages(Map<Report, List<Finding>> findings) throws IOException {
        Files.createDirectories(out);
        for (Map.Entry<Report, List<Finding>> e : findings.entrySet()) {
            String name = FindingJson.reportName(e.getKey()).replaceAll("[\\\\/:*?\"<>|]", "_") + ".audit.html";
            Path page = out.resolve(name);
            Files.writeString(page, AuditPage.render(e.getKey(), e.getValue()), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println(page + "  " + e.getValue().size() + " findings");
        }
    }

    /** Reads --format case-insensitively. */
    static final class CheckFormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use text, json, csv or html");
            }
        }
    }
}
