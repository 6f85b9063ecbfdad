package org.jixiao.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A 2-node SolrCloud test cluster (embedded ZooKeeper, Jetty on loopback, folders under
 * target/) with jixiao's collection created the way {@code jixiao index --solr} creates it:
 * the configset uploaded through the configset API, 2 shards, 1 replica each.
 */
final class SolrCluster implements AutoCloseable {
    static final String COLLECTION = "jixiao";
    final MiniSolrCloudCluster cluster;
    final CloudSolrClient client;

    SolrCluster(String name) throws Exception {
        this(Path.of("target", name).toAbsolutePath());
    }

    /** A cluster whose folders are under {@code base} (emptied first). */
    SolrCluster(Path base) throws Exception {
        deleteTree(base);
        Files.createDirectories(base);
        // Solr's test support reads these; keep everything on loopback and under target/
        System.setProperty("solr.log.dir", base.resolve("logs").toString());
        System.setProperty("host", "127.0.0.1");
        System.setProperty("solr.disableDefaultJmxReporter", "true");
        cluster = new MiniSolrCloudCluster.Builder(2, base.resolve("cluster")).build();
        client = SolrTarget.parse(cluster.getZkServer().getZkAddress()).connect();
        SolrTarget.ensureCollection(client, COLLECTION, 2, 1);
        cluster.waitForActiveCollection(COLLECTION, 60, TimeUnit.SECONDS, 2, 2);
    }

    /** The base URL of one node, for clients that start from HTTP. */
    String nodeUrl() {
        return cluster.getJettySolrRunner(0).getBaseUrl().toString();
    }

    /** The sample reports on the test class path (the ones ./jixiao run indexes). */
    static List<Path> samples() {
        URL url = SolrCluster.class.getResource("/samples");
        if (url == null) {
            throw new IllegalStateException("the samples are not on the test class path");
        }
        try (Stream<Path> s = Files.walk(Path.of(url.toURI()))) {
            List<Path> out = new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            client.close();
        } finally {
            cluster.shutdown();
        }
    }
}
