package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

import org.jixiao.index.bench.Latencies;
import org.jixiao.index.bench.ReportVariants;
import org.jixiao.model.Validate;
import org.jixiao.solr.SolrBackend;
import org.jixiao.solr.SolrTarget;
import org.jixiao.index.bench.BackendTimer;
import org.jixiao.solr.bench.SolrBench;

/** {@code bench-index --backend solr}: index the variants into a collection, then time the queries. */
final class SolrBenchRun {
    private final SolrTarget target;
    private final String collection;
    private final int reports;
    private final int threads;
    private final int queries;
    private final int clients;
    private final PrintWriter err;

    SolrBenchRun(SolrTarget target, String collection, int reports, int threads, int queries, int clients,
                 PrintWriter err) {
        this.target = Validate.notNullParam(target, "target");
        this.collection = Validate.notNullParam(collection, "collection");
        this.reports = reports;
        this.threads = threads;
        this.queries = queries;
        this.clients = clients;
        this.err = Validate.notNullParam(err, "err");
    }

    /**
     * Indexes {@code reports} variants into the collection (created with 2 shards when missing; an
     * existing one must be empty), then times the queries.
     */
    String run(ReportVariants variants) throws IOException {
        try (CloudSolrClient client = target.connect()) {
            if (SolrTarget.ensureCollection(client, collection, 2, 1)) {
                err.println("jixiao bench-index: created collection " + collection + " (2 shards) at " + target);
            } else if (count(client) > 0) {
                throw new IllegalArgumentException("collection " + collection + " at " + target + " is not empty; the "
                        + "bench needs an empty one (or --queries-only)");
            }
            double load0 = load();
            SolrBench.Indexing ix = new SolrBench(variants, threads, err).index(client, collection, reports);
            // on stderr at once too: the queries of a long run may fail, the indexing figures stay
            err.print(ix);
            err.flush();
            StringBuilder sb = new StringBuilder(ix.toString());
            sb.append(String.format("load average %.1f before, %.1f after indexing%n", load0, load()));
            sb.append(times(client));
            return sb.toString();
        }
    }

    /** Times the queries on a collection a bench filled before. */
    String queriesOnly() throws IOException {
        try (CloudSolrClient client = target.connect()) {
            target.requireCollection(client, collection);
            long docs = count(client);
            return String.format("collection %s: %d documents, %.1f MB; %d reports assumed%n", collection, docs,
                    SolrBench.indexBytes(client, collection) / 1048576.0, reports) + times(client);
        }
    }

    private String times(CloudSolrClient client) throws IOException {
        StringBuilder sb = new StringBuilder();
        double load0 = load();
        try (SolrBackend b = SolrBackend.of(client, collection)) {
            for (Latencies l : new BackendTimer(b, reports).time(queries, clients, l -> {
                err.println("  " + l);
                err.flush();
            })) {
                sb.append(l).append(System.lineSeparator());
            }
        }
        sb.append(String.format("load average %.1f before, %.1f after the queries%n", load0, load()));
        return sb.toString();
    }

    private long count(CloudSolrClient client) throws IOException {
        try {
            return client.query(collection, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
        } catch (org.apache.solr.client.solrj.SolrServerException | org.apache.solr.common.SolrException e) {
            throw new IOException("Solr: " + e.getMessage(), e);
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
