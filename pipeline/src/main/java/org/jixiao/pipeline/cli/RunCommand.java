package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.jixiao.check.Checker;
import org.jixiao.corpus.ReportJson;
import org.jixiao.index.IndexFields;
import org.jixiao.index.ReportIndexer;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.FactResult;
import org.jixiao.index.query.FactSearch;
import org.jixiao.index.query.FindingFilter;
import org.jixiao.index.query.FindingSearch;
import org.jixiao.index.query.IndexView;
import org.jixiao.index.query.PivotQuery;
import org.jixiao.index.query.PivotRequest;
import org.jixiao.index.query.PivotTable;
import org.jixiao.model.Report;
import org.jixiao.pipeline.IndexRun;
import org.jixiao.pipeline.Pipeline;
import org.jixiao.pipeline.output.IndexTables;
import org.jixiao.pipeline.output.OutputFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jixiao run}: the main job of the README. Extracts, checks and indexes every report under
 * {@code samples/} into {@code ./jixiao-data} (report JSON in reports/, the index in index/), then
 * prints the reports, their facts, the findings by severity and one comparison table.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "The main job: extract, check and index the sample reports in samples/ into ./jixiao-data, "
                + "then print the reports, facts, findings by severity and a department × year comparison.")
public final class RunCommand implements Callable<Integer> {
    /** Rows of facts and findings printed before "… more". */
    static final int SHOWN = 30;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Input folder (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "jixiao-data", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException("no folder " + samples.toAbsolutePath()
                    + " (run from the repository root, or pass --samples DIR)");
        }
        PrintWriter w = spec.commandLine().getOut();
        Path indexDir = data.resolve("index");
        Files.createDirectories(indexDir);
        recreateIfOtherSchema(indexDir, spec.commandLine().getErr());
        IndexRun.Summary s;
        try (Pipeline p = Pipeline.defaults(); ReportIndexer ix = ReportIndexer.open(indexDir)) {
            IndexRun run = new IndexRun(p, Checker.standard(), ix, 20, spec.commandLine().getErr());
            s = run.index(p.expand(List.of(samples)), r -> writeJson(p, r, w));
        }
        w.println();
        w.println("== indexing: " + s + " (index " + indexDir + ")");
        for (String f : s.failures()) {
            w.println("   failed: " + f);
        }
        try (IndexView view = IndexView.open(indexDir)) {
            printSummary(view, indexDir, w);
        }
        return s.failed() == 0 ? 0 : 1;
    }

    /** The demo's index is ours to rebuild: an index of another schema version is deleted. */
    private static void recreateIfOtherSchema(Path indexDir, PrintWriter err) throws IOException {
        try {
            ReportIndexer.checkSchema(indexDir);
        } catch (IllegalArgumentException e) {
            err.println("jixiao run: " + e.getMessage() + "; rebuilding it");
            try (Stream<Path> s = Files.walk(indexDir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(indexDir)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private void writeJson(Pipeline p, Report r, PrintWriter w) {
        String name = r.source() == null ? r.id() : r.source().fileName();
        try {
            p.json().write(r, data.resolve("reports").resolve(name + ".report.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        w.println(ExtractCommand.summary(Path.of(r.source() == null ? name : r.source().path()), r, 0)
                .replaceFirst(", 0 ms$", ""));
    }

    private static void printSummary(IndexView view, Path indexDir, PrintWriter w) throws IOException {
        IndexTables tables = new IndexTables(view);
        ReportJson json = new ReportJson();
        w.println();
        w.println("== reports");
        IndexTables.reports(view.reports()).print(OutputFormat.TEXT, w, json.mapper());

        FactResult facts = new FactSearch(view).search(FactFilter.all(SHOWN).withScopePhase("total", "rate")
                .withCanonicalOnly(true));
        Map<String, Integer> byScope = view.facetCountsOfType(IndexFields.TYPE_FACT, IndexFields.SCOPE, 15);
        w.println();
        w.println("== facts by scope: " + byScope);
        w.println("== facts of scope total, phase rate (" + facts.rows().size() + " of " + facts.total()
                + "; all of them: jixiao facts --index DIR)");
        tables.facts(facts.rows()).print(OutputFormat.TEXT, w, json.mapper());

        FindingSearch findings = new FindingSearch(view);
        FindingFilter all = new FindingFilter(null, null, null, null, SHOWN);
        w.println();
        w.println("== findings by severity: " + findings.countBySeverity(all));
        var errors = findings.search(new FindingFilter("error", null, null, null, SHOWN));
        w.println("== errors (" + errors.rows().size() + " of " + errors.total() + ")");
        tables.findings(errors.rows()).print(OutputFormat.TEXT, w, json.mapper());

        PivotTable pivot = new PivotQuery(view).pivot(new PivotRequest(FactFilter.all(1).withScopePhase("total", "rate"),
                IndexFields.DEPARTMENT, IndexFields.YEAR, true));
        w.println();
        w.println("== execution rate of the total budget (scope total, phase rate), department × year");
        if (pivot.facts() == 0) {
            w.println("(no facts of scope total and phase rate were extracted)");
        } else {
            IndexTables.pivot(pivot).print(OutputFormat.TEXT, w, json.mapper());
        }
        w.println();
        w.println("Try: ./jixiao search --index " + indexDir + " 三公经费");
    }
}
