package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.model.Report;
import org.jixiao.pipeline.Pipeline;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jixiao run}: the main job of the README. Extracts every report under {@code samples/}
 * into {@code ./jixiao-data} and prints what was found.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "The main job: process the sample reports in samples/ into ./jixiao-data and print a summary.")
public final class RunCommand implements Callable<Integer> {
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
        List<Report> reports = new ArrayList<>();
        int failed = 0;
        try (Pipeline p = Pipeline.defaults()) {
            for (Path f : p.expand(List.of(samples))) {
                long t0 = System.nanoTime();
                Report r = p.extract(f);
                p.json().write(r, data.resolve("reports").resolve(f.getFileName() + ".report.json"));
                w.println(ExtractCommand.summary(f, r, (System.nanoTime() - t0) / 1_000_000));
                failed += r.failed() ? 1 : 0;
                reports.add(r);
            }
        }
        int facts = reports.stream().mapToInt(r -> r.facts().size()).sum();
        int tables = reports.stream().mapToInt(r -> r.tables().size()).sum();
        w.printf("%d reports (%d failed), %d tables, %d facts; report JSON in %s%n", reports.size(), failed, tables,
                facts, data.resolve("reports"));
        return failed == 0 ? 0 : 1;
    }
}
