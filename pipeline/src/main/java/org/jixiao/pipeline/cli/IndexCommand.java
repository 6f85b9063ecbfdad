package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.check.Checker;
import org.jixiao.index.ReportIndexer;
import org.jixiao.pipeline.IndexRun;
import org.jixiao.pipeline.Pipeline;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao index --index DIR [--remove] PATH...}: extract, check and index, incrementally. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Extract, check and index reports into a Lucene index. Files already indexed with the same "
                + "bytes are skipped; a changed file replaces its old documents; --remove deletes. Progress goes to "
                + "stderr; the summary (added / unchanged / replaced / failed) to stdout.",
                "A run that is killed keeps the last commit (every --batch reports); running it again completes it."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file was indexed or unchanged", "1:at least one file failed", "2:usage error"})
public final class IndexCommand implements Callable<Integer> {
    @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index folder (created if missing).")
    Path index;

    @Option(names = "--remove", description = "Remove what was indexed from these files or folders instead.")
    boolean remove;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "20",
            description = "Commit after this many changed reports (default: ${DEFAULT-VALUE}).")
    int batch;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files or folders (searched recursively).")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1");
        }
        if (Files.exists(index) && !Files.isDirectory(index)) {
            throw new IllegalArgumentException("--index " + index + " is a file, not a folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Pipeline p = Pipeline.defaults()) {
            List<Path> files = remove ? paths : p.expand(paths);
            Files.createDirectories(index);
            try (ReportIndexer ix = ReportIndexer.open(index)) {
                IndexRun run = new IndexRun(p, Checker.standard(), ix, batch, err);
                IndexRun.Summary s = remove ? run.remove(files) : run.index(files, null);
                for (String f : s.failures()) {
                    err.println("jixiao index: failed: " + f);
                }
                out.println(s + " (index " + index + ")");
                return s.failed() == 0 ? 0 : 1;
            }
        }
    }
}
