package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.corpus.ReportJson;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.FactResult;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;
import org.jixiao.pipeline.Pipeline;
import org.jixiao.pipeline.output.FactRows;
import org.jixiao.pipeline.output.IndexTables;
import org.jixiao.pipeline.output.OutputFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao facts PATH... | --index DIR | --solr ZK_OR_URL --collection NAME [filters] [--format text|csv|json]}:
 * the facts of reports as a table, read from the files or queried from an index.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"Print the facts (figures with scope, phase, unit and provenance) of reports or report JSON "
                + "files, or, with --index or --solr, of an index.",
                "Only canonical facts (department-wide figures: no unit, item or qualifier) unless --all-scopes; "
                        + "the basis column says what decided each fact's scope, phase and period.",
                "Filters: --min and --max take normalized values or a unit: 0.9 and 90%% are the same; 1000万元."})
public final class FactsCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or json (default: ${DEFAULT-VALUE}).", converter = FormatConverter.class)
    OutputFormat format;

    @CommandLine.Mixin
    IndexSourceOptions source;

    @Option(names = "--scope", paramLabel = "S", description = "total, basic, personnel, public, project, sangong, …")
    String scope;

    @Option(names = "--phase", paramLabel = "P", description = "budget-initial, budget-final, actual, rate, …")
    String phase;

    @Option(names = "--measure", paramLabel = "M", description = "amount, rate, count, score, …")
    String measure;

    @CommandLine.Mixin
    ReportFilterOptions where;

    @Option(names = "--min", paramLabel = "X", converter = QuantityConverter.class, description = "Value at least X.")
    BigDecimal min;

    @Option(names = "--max", paramLabel = "X", converter = QuantityConverter.class, description = "Value at most X.")
    BigDecimal max;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10000",
            description = "At most N facts from an index (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--all-scopes", description = "Also facts of a unit, an item or with a qualifier (not comparable "
            + "across departments).")
    boolean allScopes;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Report files, report JSON files or folders.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean hasPaths = paths != null && !paths.isEmpty();
        source.validate(spec.commandLine(), true);
        if (!source.given() && !hasPaths) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give report files (PATH...), --index DIR or "
                    + "--solr ZK_OR_URL --collection NAME.");
        }
        if (source.given() && hasPaths) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give either PATH... or an index, not both.");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        FactFilter filter = new FactFilter(scope, phase, measure, where.department, where.year, null, min, max, limit)
                .withCanonicalOnly(!allScopes);
        return source.given() ? fromIndex(filter) : fromFiles(filter);
    }

    private int fromIndex(FactFilter filter) throws IOException {
        try (IndexSourceOptions.Opened opened = source.open()) {
            FactResult r = opened.index().facts(filter);
            new IndexTables(opened.index()::report).facts(r.rows()).print(format, spec.commandLine().getOut(), new ReportJson().mapper());
            if (r.total() > r.rows().size()) {
                spec.commandLine().getErr().println("jixiao facts: " + r.rows().size() + " of " + (r.totalExact() ? "" : "at least ") + r.total()
                        + " facts shown (raise --limit)");
            }
        }
        return 0;
    }

    private int fromFiles(FactFilter filter) throws IOException {
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
                if (matches(r, filter)) {
                    List<Fact> kept = r.facts().stream().filter(x -> matches(x, filter)).toList();
                    reports.add(r.withFigures(r.meta(), kept, r.indicators(), r.tables()));
                }
            }
            FactRows.of(reports).print(format, spec.commandLine().getOut(), p.json().mapper());
        }
        return failed == 0 ? 0 : 1;
    }

    private static boolean matches(Report r, FactFilter f) {
        return (f.department() == null || f.department().equals(r.meta().department()))
                && (f.year() == null || f.year().equals(r.meta().fiscalYear()));
    }

    private static boolean matches(Fact x, FactFilter f) {
        BigDecimal v = x.quantity().normalized();
        return (!f.canonicalOnly() || x.canonical())
                && (f.scope() == null || f.scope().equals(x.scope())) && (f.phase() == null || f.phase().equals(x.phase()))
                && (f.measure() == null || f.measure().equals(x.measure()))
                && (f.min() == null || v.compareTo(f.min()) >= 0) && (f.max() == null || v.compareTo(f.max()) <= 0);
    }
}
