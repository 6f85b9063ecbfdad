package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.index.query.IndexView;
import org.jixiao.pipeline.Pipeline;
import org.jixiao.serve.JixiaoServer;
import org.jixiao.serve.ServeOptions;
import org.jixiao.serve.ServedIndex;
import org.jixiao.serve.bench.ServeBench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jixiao bench-serve}: starts the server on a free loopback port over an index and times
 * its API with concurrent HTTP clients (an index of 10,000 reports: {@code jixiao bench-index
 * --reports 10000 --index DIR} builds one).
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = {"Benchmark the JSON API of 'jixiao serve': C concurrent HTTP clients send R requests of each "
                + "kind (search, facts, compare, findings, page images where the index has PDFs still on disk: "
                + "pages not kept (drawn), their cropped bands, and kept pages); prints p50/p95/p99 per kind.",
                "An index of 10,000 varied reports: jixiao bench-index --reports 10000 --index DIR."})
public final class BenchServeCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder of 'jixiao run' (its index/ and reports/).")
    Path data;

    @Option(names = "--index", paramLabel = "DIR", description = "An index (instead of --data).")
    Path index;

    @Option(names = "--clients", paramLabel = "C", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", paramLabel = "R", defaultValue = "400", description = "Timed requests of each kind (default: ${DEFAULT-VALUE}).")
    int requests;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if ((data == null) == (index == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --data DIR or --index DIR.");
        }
        if (clients < 1 || requests < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--clients and --requests must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path indexDir = index != null ? index : data.resolve("index");
        ServeOptions options = new ServeOptions(ServeOptions.LOOPBACK, 0, 20L << 20, data == null ? null : data.resolve("reports"));
        try (IndexView view = IndexView.open(indexDir); Pipeline pipeline = Pipeline.defaults();
             JixiaoServer server = ServeCommand.server(options, () -> view, pipeline, err).start();
             // pages timed as not kept are asked of a server that keeps none
             JixiaoServer drawing = ServeCommand.server(options, () -> ServedIndex.of(view), pipeline, err, 0).start()) {
            out.printf("index %s: %d documents; %d clients, %d requests of each kind%n", indexDir, view.reader().numDocs(),
                    clients, requests);
            List<ServeBench.Timing> timings = new ServeBench("http://127.0.0.1:" + server.port(),
                    "http://127.0.0.1:" + drawing.port(), clients, requests, err).run();
            timings.forEach(out::println);
        }
        return 0;
    }
}
