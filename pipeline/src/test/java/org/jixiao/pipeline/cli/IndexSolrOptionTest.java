package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code jixiao index --solr} and {@code search --solr}: a cluster that cannot be reached or a value that names none gives
 * one clear line and a non-zero exit, no stack trace, and nothing is indexed locally. (Indexing
 * into a live cluster is SolrBackendIT's, in the solr module, where the test cluster's Jetty lives.)
 */
class IndexSolrOptionTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path report() throws Exception {
        Path f = tmp.resolve("r.txt");
        Files.writeString(f, "一、部门概况\n湖南省人力资源和社会保障厅2024年预算执行率为86.56%。\n");
        return f;
    }

    @Test
    void aSolrUrlWithNothingListeningFailsWithOneLine() throws Exception {
        Path index = tmp.resolve("index");
        // port 1 on loopback: refused at once
        int code = run("index", "--index", index.toString(), "--solr", "http://127.0.0.1:1/solr", report().toString());
        assertEquals(1, code, err.toString());
        String e = err.toString();
        assertTrue(e.startsWith("jixiao index: cannot reach SolrCloud at http://127.0.0.1:1/solr: "), e);
        assertFalse(e.contains("\tat "), "no stack trace: " + e);
        assertEquals(1, e.strip().lines().count(), e);
        assertFalse(Files.exists(index), "nothing indexed when the mirror is unreachable");
    }

    @Test
    void aZooKeeperHostWithNothingListeningFailsWithOneLine() throws Exception {
        int code = run("index", "--index", tmp.resolve("index").toString(), "--solr", "127.0.0.1:1/solr",
                report().toString());
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().startsWith("jixiao index: cannot reach SolrCloud at 127.0.0.1:1/solr: "),
                err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void searchTakesEitherAnIndexOrACluster() throws Exception {
        assertEquals(2, run("search", "三公经费"));
        assertTrue(err.toString().contains("Give --index DIR or --solr ZK_OR_URL --collection NAME."), err.toString());
        assertEquals(2, run("search", "--index", tmp.toString(), "--solr", "http://127.0.0.1:1/solr", "三公经费"));
        err.getBuffer().setLength(0);
        assertEquals(1, run("search", "--solr", "http://127.0.0.1:1/solr", "--collection", "jixiao", "三公经费"));
        assertTrue(err.toString().startsWith("jixiao search: cannot reach SolrCloud at http://127.0.0.1:1/solr: "),
                err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void aValueThatNamesNoClusterIsAUsageError() throws Exception {
        int code = run("index", "--index", tmp.resolve("index").toString(), "--solr", "solr.example", report().toString());
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("neither host:port of ZooKeeper nor an http(s) URL"), err.toString());
        assertEquals(2, run("index", "--index", tmp.resolve("i2").toString(), "--solr", "http://127.0.0.1:1/solr",
                "--shards", "0", report().toString()));
    }
}
