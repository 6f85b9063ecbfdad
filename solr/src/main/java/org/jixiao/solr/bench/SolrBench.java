package org.jixiao.solr.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.json.JsonMapper;

import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpSolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.util.NamedList;

import org.jixiao.index.DocumentBuilder;
import org.jixiao.index.bench.BenchThreads;
import org.jixiao.index.bench.ReportVariants;
import org.jixiao.model.Report;
import org.jixiao.model.Validate;
import org.jixiao.solr.SolrMirror;
import org.jixiao.solr.internal.SolrCalls;

/**
 * Indexes bench-index's report variants straight into a SolrCloud collection: the documents
 * {@code DocumentBuilder} makes, sent by {@link SolrMirror} from several threads, one commit at
 * the end. No local index is written, so the figures are Solr's and the client's analysis only.
 */
public final class SolrBench {
    private final ReportVariants variants;
    private final int threads;
    private final PrintWriter progress;

    public SolrBench(ReportVariants variants, int threads, PrintWriter progress) {
        this.variants = Validate.notNullParam(variants, "variants");
        Validate.isTrue(threads > 0, "threads must be positive");
        this.threads = threads;
        this.progress = Validate.notNullParam(progress, "progress");
    }

    /**
     * What indexing cost.
     *
     * @param cpuSeconds CPU time of the client's indexing threads (analysis, conversion, sending)
     * @param bytes      the collection's index size on disk, all replicas
     */
    public record Indexing(int reports, long documents, double seconds, double cpuSeconds, int threads, long bytes) {
        @Override
        public String toString() {
            return String.format("indexed %d reports (%d Solr documents, %.0f per report) in %.1f s with %d client threads: "
                    + "%.1f reports/s; the client threads used %.1f s of CPU (%.1f reports per client CPU second); "
                    + "collection %.1f MB, %.1f KB per report%n", reports, documents, documents / (double) reports,
                    seconds, threads, reports / seconds, cpuSeconds, reports / cpuSeconds, bytes / 1048576.0,
                    bytes / 1024.0 / reports);
        }
    }

    /** Indexes variants {@code 0..n-1} into an empty collection and commits once. */
    public Indexing index(CloudSolrClient client, String collection, int n) throws IOException {
        Validate.isTrue(n > 0, "n must be positive");
        SolrMirror mirror = SolrMirror.intoEmpty(client, collection);
        long t0 = System.nanoTime();
        double cpu = send(mirror, n, t0);
        mirror.commit();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long docs = SolrCalls.call(() -> client.query(collection, new SolrQuery("*:*").setRows(0))).getResults()
                .getNumFound();
        return new Indexing(n, docs, seconds, cpu, threads, indexBytes(client, collection));
    }

    private double send(SolrMirror mirror, int n, long t0) throws IOException {
        return BenchThreads.cpuSeconds(threads, n, () -> {
            DocumentBuilder builder = new DocumentBuilder(JsonMapper.builder().build());
            return i -> {
                Report r = variants.report(i);
                List<Document> docs = builder.build(r, "bench/" + i, variants.findings(i));
                mirror.add(r.id(), docs);
                if ((i + 1) % 1000 == 0) {
                    progress.printf("  %d reports, %.0f s, load average %.1f%n", i + 1,
                            (System.nanoTime() - t0) / 1e9,
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    progress.flush();
                }
            };
        });
    }

    /**
     * The index size of every replica of the collection: the segments of its last commit, asked of
     * each replica's node (the folder also holds what merges running after that commit wrote).
     */
    @SuppressWarnings("deprecation")
    public static long indexBytes(CloudSolrClient client, String collection) throws IOException {
        DocCollection c = client.getClusterStateProvider().getCollection(collection);
        if (c == null) {
            throw new IOException("no collection " + collection);
        }
        long bytes = 0;
        for (Replica r : c.getReplicas()) {
            try (HttpSolrClient core = new HttpSolrClient.Builder(r.getCoreUrl()).build()) {
                GenericSolrRequest req = new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/segments",
                        new ModifiableSolrParams());
                NamedList<Object> rsp = SolrCalls.call(() -> core.request(req));
                for (Object seg : values(rsp.get("segments"))) {
                    Object size = seg instanceof NamedList<?> nl ? nl.get("sizeInBytes")
                            : seg instanceof Map<?, ?> m ? m.get("sizeInBytes") : null;
                    bytes += size instanceof Number x ? x.longValue() : 0;
                }
            }
        }
        return bytes;
    }

    /** The values of a response section, whichever way javabin gave it (a named list or a map). */
    private static List<Object> values(Object section) {
        List<Object> out = new ArrayList<>();
        if (section instanceof NamedList<?> nl) {
            nl.forEach(e -> out.add(e.getValue()));
        } else if (section instanceof Map<?, ?> m) {
            out.addAll(m.values());
        }
        return out;
    }
}
