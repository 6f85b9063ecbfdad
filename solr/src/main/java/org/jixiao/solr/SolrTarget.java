package org.jixiao.solr;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpSolrClient;
import org.apache.solr.client.solrj.impl.LBHttpSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

import org.jixiao.model.Validate;
import org.jixiao.solr.internal.SolrCalls;

/**
 * Where a SolrCloud cluster is: ZooKeeper hosts ({@code host:port[,host:port][/chroot]}) or Solr
 * base URLs ({@code http://host:8983/solr}, comma-separated). The client is SolrJ's
 * Apache-HttpClient-based CloudSolrClient ({@link CloudLegacySolrClient}): the Jetty-based
 * CloudHttp2SolrClient needs Jetty 10's client, which cannot share a class path with the
 * web app's Jetty 12 in the jixiao jar.
 */
public record SolrTarget(List<String> zkHosts, Optional<String> chroot, List<String> urls) {
    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int SOCKET_TIMEOUT_MS = 120_000;

    public SolrTarget {
        zkHosts = List.copyOf(zkHosts);
        urls = List.copyOf(urls);
        Validate.isTrue(zkHosts.isEmpty() != urls.isEmpty(), "either ZooKeeper hosts or Solr URLs");
    }

    /**
     * Reads {@code --solr}'s value.
     *
     * @throws IllegalArgumentException when it is neither ZooKeeper hosts nor http(s) URLs
     */
    public static SolrTarget parse(String spec) {
        Validate.notNullParam(spec, "spec");
        String s = spec.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("--solr needs ZooKeeper hosts (host:2181[/chroot]) or a Solr URL "
                    + "(http://host:8983/solr)");
        }
        if (s.startsWith("http://") || s.startsWith("https://")) {
            List<String> urls = Arrays.stream(s.split(",")).map(String::trim).filter(u -> !u.isEmpty()).toList();
            for (String u : urls) {
                if (!u.startsWith("http://") && !u.startsWith("https://")) {
                    throw new IllegalArgumentException("--solr: '" + u + "' is not an http(s) URL");
                }
            }
            return new SolrTarget(List.of(), Optional.empty(), urls);
        }
        int slash = s.indexOf('/');
        String hosts = slash < 0 ? s : s.substring(0, slash);
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(s.substring(slash));
        List<String> zk = Arrays.stream(hosts.split(",")).map(String::trim).filter(h -> !h.isEmpty()).toList();
        for (String h : zk) {
            if (!h.matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
                throw new IllegalArgumentException("--solr: '" + h + "' is neither host:port of ZooKeeper nor an "
                        + "http(s) URL of Solr");
            }
        }
        return new SolrTarget(zk, chroot, List.of());
    }

    /**
     * A connected client.
     *
     * @throws IOException with a message naming the target when the cluster cannot be reached
     */
    @SuppressWarnings("deprecation")
    public CloudSolrClient connect() throws IOException {
        LBHttpSolrClient.Builder lb = new LBHttpSolrClient.Builder()
                .withConnectionTimeout(CONNECT_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .withSocketTimeout(SOCKET_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        CloudLegacySolrClient client = null;
        try {
            CloudLegacySolrClient.Builder b = urls.isEmpty() ? new CloudLegacySolrClient.Builder(zkHosts, chroot)
                    .withZkConnectTimeout(CONNECT_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                    .withZkClientTimeout(30_000, TimeUnit.MILLISECONDS)
                    : new CloudLegacySolrClient.Builder(urls);
            client = b.withLBHttpSolrClientBuilder(lb).build();
            if (urls.isEmpty()) {
                client.connect(CONNECT_TIMEOUT_MS * 2L, TimeUnit.MILLISECONDS);
            }
            // a round trip: the live nodes (over HTTP this fails at once with why, where connect() would wait)
            if (client.getClusterStateProvider().getLiveNodes().isEmpty()) {
                throw new IOException("no live Solr node");
            }
            return client;
        } catch (Exception e) {
            closeQuietly(client, e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("cannot reach SolrCloud at " + this + ": " + rootMessage(e), e);
        }
    }

    private static void closeQuietly(CloudSolrClient c, Exception e) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException | RuntimeException x) {
                e.addSuppressed(x);
            }
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return t == e ? m : m + " (" + t.getClass().getSimpleName() + ")";
    }

    /**
     * Checks that the cluster has the collection a query command names.
     *
     * @throws IllegalArgumentException naming the collections there are, when it has not
     */
    public void requireCollection(CloudSolrClient client, String collection) throws IOException {
        Validate.notNullParam(client, "client");
        List<String> existing = SolrCalls.call(() -> CollectionAdminRequest.listCollections(client));
        if (!existing.contains(collection)) {
            throw new IllegalArgumentException("no collection '" + collection + "' at " + this
                    + (existing.isEmpty() ? " (it has none)" : " (it has " + String.join(", ", existing) + ")"));
        }
        requireSchema(client, collection);
    }

    /**
     * Checks that an existing collection was created with this version's configset: the documents
     * and queries of another schema do not fit it.
     *
     * @throws IllegalArgumentException naming both configsets, when it was not
     */
    static void requireSchema(CloudSolrClient client, String collection) {
        String config = client.getClusterState().getCollection(collection).getConfigName();
        if (!SolrSchema.CONFIG_NAME.equals(config)) {
            throw new IllegalArgumentException("collection '" + collection + "' has the configset '" + config
                    + "', this jixiao writes and reads '" + SolrSchema.CONFIG_NAME
                    + "': index into a new collection (--collection) or delete this one");
        }
    }

    /**
     * Creates the collection with jixiao's configset when the cluster does not have it; an existing
     * collection is used when it has that configset.
     *
     * @return true when the collection was created
     */
    public static boolean ensureCollection(CloudSolrClient client, String collection, int shards, int replicas)
            throws IOException {
        Validate.notNullParam(client, "client");
        Validate.notNullParam(collection, "collection");
        Validate.isTrue(shards >= 1 && replicas >= 1, "shards and replicas must be at least 1");
        List<String> existing = SolrCalls.call(() -> CollectionAdminRequest.listCollections(client));
        if (existing.contains(collection)) {
            requireSchema(client, collection);
            return false;
        }
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
                .setConfigSetName(SolrSchema.CONFIG_NAME).setOverwrite(true);
        ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(SolrSchema.configSetZip(),
                SolrSchema.CONFIG_NAME + ".zip", "application/zip");
        upload.setUploadStream(zip);
        SolrCalls.call(() -> upload.process(client));
        SolrCalls.call(() -> CollectionAdminRequest.createCollection(collection, SolrSchema.CONFIG_NAME, shards, replicas)
                .process(client));
        return true;
    }

    @Override
    public String toString() {
        return urls.isEmpty() ? String.join(",", zkHosts) + chroot.orElse("") : String.join(",", urls);
    }
}
