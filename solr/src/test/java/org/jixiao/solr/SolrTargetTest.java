package org.jixiao.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SolrTargetTest {
    @Test
    void zooKeeperHostsWithAndWithoutChroot() {
        SolrTarget t = SolrTarget.parse("zk1:2181,zk2:2181/solr");
        assertEquals(List.of("zk1:2181", "zk2:2181"), t.zkHosts());
        assertEquals(Optional.of("/solr"), t.chroot());
        assertEquals(List.of(), t.urls());
        assertEquals(Optional.empty(), SolrTarget.parse("127.0.0.1:9983").chroot());
        assertEquals("zk1:2181,zk2:2181/solr", t.toString());
    }

    @Test
    void solrUrls() {
        SolrTarget t = SolrTarget.parse("http://a:8983/solr, https://b:8983/solr");
        assertEquals(List.of("http://a:8983/solr", "https://b:8983/solr"), t.urls());
        assertEquals(List.of(), t.zkHosts());
    }

    @Test
    void valuesThatNameNoClusterAreRefused() {
        for (String bad : List.of("", "  ", "solr.example", "zk:port", "http://a:8983/solr,ftp://b")) {
            assertThrows(IllegalArgumentException.class, () -> SolrTarget.parse(bad), bad);
        }
    }
}
