package org.jixiao.solr;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the 2-node test cluster by hand, for trying {@code jixiao index --solr} against it: prints
 * the ZooKeeper address and a node URL, and stops when target/solr-manual/stop appears or after
 * the minutes given (default 20). Not a test.
 */
public final class SolrClusterMain {
    private SolrClusterMain() {
    }

    public static void main(String[] args) throws Exception {
        long minutes = args.length > 0 ? Long.parseLong(args[0]) : 20;
        try (SolrCluster c = new SolrCluster("solr-manual")) {
            System.out.println("zk " + c.cluster.getZkServer().getZkAddress());
            System.out.println("url " + c.nodeUrl());
            System.out.flush();
            Path stop = Path.of("target", "solr-manual", "stop");
            long end = System.currentTimeMillis() + minutes * 60_000;
            while (!Files.exists(stop) && System.currentTimeMillis() < end) {
                Thread.sleep(500);
            }
        }
    }
}
