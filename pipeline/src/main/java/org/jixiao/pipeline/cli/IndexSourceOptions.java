package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.solr.client.solrj.impl.CloudSolrClient;

import org.jixiao.index.query.IndexView;
import org.jixiao.serve.ServedIndex;
import org.jixiao.solr.SolrBackend;
import org.jixiao.solr.SolrTarget;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where the query commands read: {@code --index DIR} (the embedded Lucene index) or
 * {@code --solr ZK_OR_URL --collection NAME} (a SolrCloud collection filled by
 * {@code jixiao index --solr}). A picocli mixin.
 */
public final class IndexSourceOptions {
    @Option(names = "--index", paramLabel = "DIR", description = "The index folder.")
    Path index;

    @Option(names = "--solr", paramLabel = "ZK_OR_URL",
            description = "Read a SolrCloud collection filled by 'jixiao index --solr' instead of --index: ZooKeeper "
                    + "hosts (host:2181[,host:2181][/chroot]) or Solr URLs (http://host:8983/solr); needs --collection.")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "The Solr collection (with --solr).")
    String collection;

    /** An index given either way. */
    boolean given() {
        return index != null || solr != null;
    }

    /**
     * Checks the combination of the options.
     *
     * @throws CommandLine.ParameterException (exit code 2) when both or, unless {@code optional},
     *                                        neither are given, or --solr and --collection come alone
     */
    void validate(CommandLine cl, boolean optional) {
        if (index != null && solr != null) {
            throw new CommandLine.ParameterException(cl, "Give either --index DIR or --solr ZK_OR_URL, not both.");
        }
        if (!optional && !given()) {
            throw new CommandLine.ParameterException(cl, "Give --index DIR or --solr ZK_OR_URL --collection NAME.");
        }
        if (solr != null && (collection == null || collection.isBlank())) {
            throw new CommandLine.ParameterException(cl, "--solr needs --collection NAME (the collection "
                    + "'jixiao index --solr' filled).");
        }
        if (solr == null && collection != null) {
            throw new CommandLine.ParameterException(cl, "--collection goes with --solr ZK_OR_URL.");
        }
        if (solr != null) {
            try {
                SolrTarget.parse(solr);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage());
            }
        }
    }

    /** An open index and what closes it. */
    record Opened(ServedIndex index, AutoCloseable closer) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                closer.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    /**
     * Opens what the options name ({@link #validate} first).
     *
     * @throws IOException when the cluster cannot be reached ("cannot reach SolrCloud at …")
     * @throws IllegalArgumentException when --index holds no index or the cluster has no such collection
     */
    Opened open() throws IOException {
        if (solr != null) {
            SolrTarget target = SolrTarget.parse(solr);
            CloudSolrClient client = target.connect();
            try {
                target.requireCollection(client, collection);
            } catch (IOException | RuntimeException e) {
                client.close();
                throw e;
            }
            SolrBackend b = SolrBackend.owning(client, collection);
            return new Opened(new SolrServedIndex(b), b);
        }
        IndexView view = IndexView.open(index);
        return new Opened(ServedIndex.of(view), view);
    }

    /** Where the answers come from, for messages. */
    String describe() {
        return solr != null ? "Solr collection " + collection + " at " + SolrTarget.parse(solr) : "index " + index;
    }
}
