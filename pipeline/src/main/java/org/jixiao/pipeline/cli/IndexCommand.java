package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.solr.client.solrj.impl.CloudSolrClient;

import org.jixiao.check.Checker;
import org.jixiao.index.IndexMirror;
import org.jixiao.index.ReportIndexer;
import org.jixiao.pipeline.IndexRun;
import org.jixiao.pipeline.Pipeline;
import org.jixiao.solr.SolrMirror;
import org.jixiao.solr.SolrTarget;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao index --index DIR [--solr ZK_OR_URL] [--remove] PATH...}: extract, check and index, incrementally. */
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

    @Option(names = "--solr", paramLabel = "ZK_OR_URL",
            description = "Also write every change into a SolrCloud collection: ZooKeeper hosts (host:2181[,host:2181]"
                    + "[/chroot]) or Solr URLs (http://host:8983/solr). The --index folder keeps the bookkeeping (which "
                    + "files are indexed, which rendition is shown); a new collection is created with jixiao's configset.")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "jixiao",
            description = "The Solr collection (default: ${DEFAULT-VALUE}).")
    String collection;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "2",
            description = "Shards of a collection created by this run (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
            description = "Replicas per shard of a collection created by this run (default: ${DEFAULT-VALUE}).")
    int replicas;

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
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("--shards and --replicas must be at least 1");
        }
        SolrTarget target = solr == null ? null : SolrTarget.parse(solr);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CloudSolrClient client = target == null ? null : target.connect();
             Pipeline p = Pipeline.defaults()) {
            IndexMirror mirror = IndexMirror.NONE;
            if (client != null) {
                boolean created = SolrTarget.ensureCollection(client, collection, shards, replicas);
                if (created) {
                    err.println("jixiao index: created collection " + collection + " (" + shards + " shards × "
                            + replicas + " replicas) at " + target);
                }
                // a new collection holds none of the reports: they are appended, not looked up to be overwritten
                mirror = created ? SolrMirror.intoEmpty(client, collection) : SolrMirror.standard(client, collection);
            }
            List<Path> files = remove ? paths : p.expand(paths);
            Files.createDirectories(index);
            try (ReportIndexer ix = ReportIndexer.open(index, mirror)) {
                IndexRun run = new IndexRun(p, Checker.standard(), ix, batch, err);
                IndexRun.Summary s = remove ? run.remove(files) : run.index(files, null);
                for (String f : s.failures()) {
                    err.println("jixiao index: failed: " + f);
                }
                out.println(s + " (index " + index + (target == null ? "" : ", Solr collection " + collection
                        + " at " + target) + ")");
                return s.failed() == 0 ? 0 : 1;
            }
        }
    }
}
