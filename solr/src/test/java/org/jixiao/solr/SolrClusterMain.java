package org.jixiao.solr;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the 2-node test cluster (with the empty collection {@code jixiao}, 2 shards) in a JVM of
 * its own, for {@code jixiao index|search|facts|compare|findings|serve|bench-index --solr} against
 * it: the jixiao jar cannot hold the cluster's Jetty 10 beside the web app's Jetty 12. Prints
 * {@code zk ADDRESS} and {@code url NODE_URL}, then {@code ready}; stops when the file
 * {@code stop} appears in its folder or after the minutes given. Not a test.
 * Arguments: {@code [minutes (default 20)] [folder (default target/solr-manual)]}.
 */
public final class SolrClusterMain {
    private SolrClusterMain() {
    }

    public static void main(String[] args) throws Exception {
        long minutes = args.length > 0 ? Long.parseLong(args[0]) : 20;
        Path base = (args.length > 1 ? Path.of(args[1]) : Path.of("target", "solr-manual")).toAbsolutePath();
        try (SolrCluster c = new SolrCluster(base)) {
            System.out.println("zk " + c.cluster.getZkServer().getZkAddress());
            System.out.println("url " + c.nodeUrl());
            System.out.println("ready");
            System.out.flush();
            Path stop = base.resolve("stop");
            long end = System.currentTimeMillis() + minutes * 60_000;
            while (!Files.exists(stop) && System.currentTimeMillis() < end) {
                Thread.sleep(500);
            }
        }
        // the cluster's non-daemon threads (ZooKeeper, Jetty) may linger after shutdown
        System.exit(0);
    }
}
