package org.jixiao.pipeline.cli;

import org.jixiao.check.Checker;
import org.jixiao.eval.EvalSummary;
import org.jixiao.eval.Evaluation;
import org.jixiao.eval.ReportEval;
import org.jixiao.eval.truth.TruthFile;
import org.jixiao.eval.truth.TruthFormatException;
import org.jixiao.eval.truth.TruthReader;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.pipeline.output.EvalTables;
import org.jixiao.pipeline.output.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code jixiao eval [--format text|json|csv] [--details] PATH...}: extracts and checks every labelled
 * report and measures facts, defects found and missed, and false alarms against the truth files.
 * Exit 0 when every rendition was measured, 1 when a truth file or a rendition could not be read.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure jixiao against truth files (*.truth.yaml, see docs/eval.md): facts right, ambiguous, "
                + "wrong and missing; defects found and missed by family; false alarms by rule; precision and recall."})
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv (one row per rendition) or json (everything) (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class)
    OutputFormat format;

    @Option(names = "--details", description = "With text: list every wrong or missing fact, false total, missed defect and false alarm.")
    boolean details;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Truth files or folders of them.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TruthReader reader = new TruthReader();
        List<TruthFile> truths = new ArrayList<>();
        int failed = 0;
        List<Path> files;
        try {
            files = reader.find(paths);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        for (Path f : files) {
            try {
                truths.add(reader.read(f));
            } catch (TruthFormatException e) {
                failed++;
                err.println("jixiao eval: " + e.getMessage());
            }
        }
        if (truths.isEmpty()) {
            err.println("jixiao eval: no usable truth files under " + paths);
            return 1;
        }
        List<ReportEval> evals;
        try (ReportExtractor extractor = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            evals = new Evaluation(extractor, Checker.standard()).run(truths);
        }
        EvalSummary all = EvalSummary.of(evals);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        switch (format) {
            case JSON -> out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(EvalTables.json(evals, all)));
            case CSV -> EvalTables.perReport(evals, all).print(OutputFormat.CSV, out, mapper);
            default -> printText(out, evals, all, mapper);
        }
        out.flush();
        failed += (int) evals.stream().filter(ReportEval::failed).count();
        return failed == 0 ? 0 : 1;
    }

    private void printText(PrintWriter out, List<ReportEval> evals, EvalSummary all,
                           com.fasterxml.jackson.databind.ObjectMapper mapper) throws IOException {
        EvalTables.perReport(evals, all).print(OutputFormat.TEXT, out, mapper);
        out.printf(Locale.ROOT, "%nfacts right and unambiguous: %d/%d = %.1f%% (ambiguous %d, wrong %d, missing %d); "
                        + "false totals: %d%n", all.factsRight(), all.factsLabelled(), 100 * all.factsAccuracy(),
                all.factsAmbiguous(), all.factsWrong(), all.factsMissing(), all.falseTotals());
        out.printf(Locale.ROOT, "recall of error defects: %d/%d = %.1f%%; minor defects found: %d/%d%n",
                all.errorFound(), all.errorDefects(), 100 * all.recall(), all.minorFound(), all.minorDefects());
        out.printf(Locale.ROOT, "precision of ERRORs: %d/%d = %.1f%%; most false ERRORs in one report: %d; "
                        + "WARNINGs covering a defect: %d/%d%n%n", all.trueErrors(), all.errors(), 100 * all.precision(),
                all.maxFalseErrors(), all.trueWarnings(), all.warnings());
        EvalTables.byKind(evals).print(OutputFormat.TEXT, out, mapper);
        out.println();
        EvalTables.families(all).print(OutputFormat.TEXT, out, mapper);
        out.println();
        EvalTables.rules(all).print(OutputFormat.TEXT, out, mapper);
        if (details) {
            out.println();
            EvalTables.details(evals).print(OutputFormat.TEXT, out, mapper);
        }
    }
}
