package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.model.Diagnostic;
import org.jixiao.model.Report;
import org.jixiao.pipeline.Pipeline;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao extract [--out DIR] PATH...}: one report JSON per input file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract blocks, tables, sections, metadata and facts from reports "
                + "(PDF, DOCX, DOC, XLS, XLSX, HTML, text) into DIR/<file name>.report.json.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file was extracted", "1:at least one file failed (see its line)", "2:usage error"})
public final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "out")
    Path out;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files or folders (searched recursively).")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        int failed = 0;
        try (Pipeline p = Pipeline.defaults()) {
            List<Path> files = p.expand(paths);
            for (Path f : files) {
                long t0 = System.nanoTime();
                Report r = p.extract(f);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                p.json().write(r, out.resolve(f.getFileName() + ".report.json"));
                w.println(summary(f, r, ms));
                if (r.failed()) {
                    failed++;
                }
            }
            w.println(files.size() + " files, " + (files.size() - failed) + " extracted, " + failed + " failed; JSON in "
                    + out);
        }
        return failed == 0 ? 0 : 1;
    }

    static String summary(Path f, Report r, long ms) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.failed() ? "FAILED " : "ok     ").append(f).append(": ");
        sb.append(r.blocks().size()).append(" blocks, ").append(r.tables().size()).append(" tables, ")
                .append(countSections(r.sections())).append(" sections, ").append(r.facts().size()).append(" facts, ")
                .append(r.diagnostics().size()).append(" diagnostics, ").append(ms).append(" ms");
        for (Diagnostic d : r.diagnostics()) {
            if (d.fatal()) {
                sb.append(" — ").append(d.code()).append(": ").append(d.message());
            }
        }
        return sb.toString();
    }

    static int countSections(List<org.jixiao.model.Section> sections) {
        int n = 0;
        for (org.jixiao.model.Section s : sections) {
            n += 1 + countSections(s.children());
        }
        return n;
    }
}
