package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.jixiao.check.Checker;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.index.query.IndexView;
import org.jixiao.pipeline.Pipeline;
import org.jixiao.serve.JixiaoServer;
import org.jixiao.serve.LiveView;
import org.jixiao.serve.PageRenderer;
import org.jixiao.serve.ReportStore;
import org.jixiao.serve.ServeOptions;
import org.jixiao.serve.ServedIndex;
import org.jixiao.serve.UploadChecker;
import org.jixiao.serve.Views;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jixiao serve}: the JSON API and the web pages over an index, until Ctrl-C or SIGTERM
 * (a shutdown hook stops the server and closes the index).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the index as a web app and a JSON API (docs/api.md): search with facets, reports, "
                + "findings with the page image boxed, a department × year comparison with a chart, upload-and-check.",
                "Binds to 127.0.0.1 unless --host says otherwise; stops on Ctrl-C or SIGTERM."})
public final class ServeCommand implements Callable<Integer> {
    /** Page images kept (about 4.7 MB each at 110 dpi). */
    static final int KEPT_PAGES = 48;
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder of 'jixiao run': its index/ and reports/ (default: jixiao-data).")
    Path data;

    @Option(names = "--index", paramLabel = "DIR", description = "An index built by 'jixiao index' (instead of --data).")
    Path index;

    @Option(names = "--solr", paramLabel = "ZK_OR_URL",
            description = "Serve a SolrCloud collection filled by 'jixiao index --solr' instead of an index folder: "
                    + "ZooKeeper hosts (host:2181[/chroot]) or Solr URLs (http://host:8983/solr); needs --collection. "
                    + "With --data, page images are drawn from its reports/.")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "The Solr collection (with --solr).")
    String collection;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServeOptions.LOOPBACK,
            description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 opens it to the network).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--max-upload-mb", paramLabel = "N", defaultValue = "20",
            description = "Largest file POST /api/check accepts, in MB (default: ${DEFAULT-VALUE}).")
    int maxUploadMb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The server over {@code view}, extracting with the pipeline's extractor (report pages, uploads). */
    static JixiaoServer server(ServeOptions options, Supplier<IndexView> view, Pipeline pipeline, PrintWriter log) {
        return server(options, () -> ServedIndex.of(view.get()), pipeline, log);
    }

    /** The server over any index. */
    static JixiaoServer server(ServeOptions options, ServedIndex.Source index, Pipeline pipeline, PrintWriter log) {
        return server(options, index, pipeline, log, KEPT_PAGES);
    }

    /** The server keeping {@code keptPages} page images (the bench's second server keeps none). */
    static JixiaoServer server(ServeOptions options, ServedIndex.Source index, Pipeline pipeline, PrintWriter log,
                               int keptPages) {
        ReportStore store = new ReportStore(options.reportsDir(), pipeline::extract, ExtractLimits.defaults().maxBytes(), 16);
        Checker checker = Checker.standard();
        UploadChecker upload = new UploadChecker(pipeline::extract, checker::check, new Views(), 2);
        return new JixiaoServer(options, index, store, new PageRenderer(110f, keptPages, 2), upload, log);
    }

    /** The collection, connected (its queries go through SolrJ's Apache HttpClient, not Jetty). */
    private IndexSourceOptions.Opened solr(CommandLine cl) throws IOException {
        IndexSourceOptions source = new IndexSourceOptions();
        source.solr = solr;
        source.collection = collection;
        source.validate(cl, false);
        return source.open();
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (data != null && index != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give either --data DIR or --index DIR, not both.");
        }
        if (solr != null && index != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give either --index DIR or --solr ZK_OR_URL, not both.");
        }
        if ((solr == null) != (collection == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), solr != null
                    ? "--solr needs --collection NAME (the collection 'jixiao index --solr' filled)."
                    : "--collection goes with --solr ZK_OR_URL.");
        }
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        long maxBytes = (long) maxUploadMb << 20;
        if (maxUploadMb < 1 || maxBytes > ExtractLimits.defaults().maxBytes()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-upload-mb must be between 1 and "
                    + (ExtractLimits.defaults().maxBytes() >> 20));
        }
        Path dataDir = index != null || (solr != null && data == null) ? null : data == null ? Path.of("jixiao-data") : data;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IndexSourceOptions.Opened opened = solr != null ? solr(spec.commandLine()) : null;
        LiveView live = solr == null ? new LiveView(index != null ? index : dataDir.resolve("index"), 2_000) : null;
        AutoCloseable view = opened != null ? opened : live;
        ServedIndex.Source current = opened != null ? opened::index : () -> ServedIndex.of(live.get());
        String what = opened != null ? "Solr collection " + collection + " at " + solr
                : "index " + (index != null ? index : dataDir.resolve("index")).toAbsolutePath();
        Pipeline pipeline = Pipeline.defaults();
        ServeOptions options = new ServeOptions(host, port, maxBytes, dataDir == null ? null : dataDir.resolve("reports"));
        JixiaoServer server = server(options, current, pipeline, err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            pipeline.close();
            try {
                view.close();
            } catch (Exception e) {
                err.println("jixiao serve: closing the index: " + e.getMessage());
            }
            stopped.countDown();
        }, "jixiao-serve-stop"));
        server.start();
        out.println("jixiao serve: " + server.url() + "  (" + what + "; Ctrl-C stops)");
        out.flush();
        stopped.await();
        return 0;
    }
}
