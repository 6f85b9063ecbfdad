package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The --solr and --collection options of search, facts, compare, findings, serve and bench-index:
 * a wrong combination is a usage error (exit 2) before anything connects; a cluster that cannot
 * be reached is one line naming it (exit 1), no stack trace. (Answers from a live cluster are
 * SolrCommandsIT's.)
 */
class QuerySolrOptionsTest {
    static final String NOWHERE = "http://127.0.0.1:1/solr";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        err.getBuffer().setLength(0);
        return JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    /** Each query command with the arguments it needs besides where the index is. */
    private static List<List<String>> commands() {
        return List.of(List.of("search", "三公经费"), List.of("facts"), List.of("compare", "--scope", "total", "--phase",
                "rate"), List.of("findings"));
    }

    private static String[] with(List<String> command, String... source) {
        List<String> a = new ArrayList<>(command.subList(0, 1));
        a.addAll(List.of(source));
        a.addAll(command.subList(1, command.size()));
        return a.toArray(String[]::new);
    }

    @Test
    void solrWithoutACollectionIsAUsageError() {
        for (List<String> c : commands()) {
            assertEquals(2, run(with(c, "--solr", NOWHERE)), c + ": " + err);
            assertTrue(err.toString().contains("--solr needs --collection NAME"), c + ": " + err);
        }
        assertEquals(2, run("serve", "--solr", NOWHERE, "--port", "0"));
        assertTrue(err.toString().contains("--solr needs --collection NAME"), err.toString());
    }

    @Test
    void aCollectionWithoutSolrIsAUsageError() {
        for (List<String> c : commands()) {
            assertEquals(2, run(with(c, "--index", "x", "--collection", "jixiao")), c + ": " + err);
            assertTrue(err.toString().contains("--collection goes with --solr"), c + ": " + err);
        }
        assertEquals(2, run("serve", "--collection", "jixiao", "--port", "0"));
    }

    @Test
    void anIndexAndAClusterAreExclusive() {
        for (List<String> c : commands()) {
            assertEquals(2, run(with(c, "--index", "x", "--solr", NOWHERE, "--collection", "jixiao")), c + ": " + err);
            assertTrue(err.toString().contains("either --index DIR or --solr ZK_OR_URL, not both"), c + ": " + err);
        }
        assertEquals(2, run("serve", "--index", "x", "--solr", NOWHERE, "--collection", "jixiao", "--port", "0"));
    }

    @Test
    void neitherIsAUsageErrorExceptForFactsOfFiles() {
        for (List<String> c : commands()) {
            assertEquals(2, run(with(c)), c + ": " + err);
            assertTrue(err.toString().contains("--index DIR or --solr ZK_OR_URL"), c + ": " + err);
        }
    }

    @Test
    void aValueThatNamesNoClusterIsAUsageError() {
        for (List<String> c : commands()) {
            assertEquals(2, run(with(c, "--solr", "solr.example", "--collection", "jixiao")), c + ": " + err);
            assertTrue(err.toString().contains("neither host:port of ZooKeeper nor an http(s) URL"), c + ": " + err);
        }
    }

    @Test
    void anUnreachableClusterIsOneLineWithoutAStackTrace() {
        for (List<String> c : commands()) {
            assertEquals(1, run(with(c, "--solr", NOWHERE, "--collection", "jixiao")), c + ": " + err);
            String e = err.toString();
            assertTrue(e.startsWith("jixiao " + c.get(0) + ": cannot reach SolrCloud at " + NOWHERE + ": "), e);
            assertFalse(e.contains("\tat "), "no stack trace: " + e);
            assertEquals(1, e.strip().lines().count(), e);
        }
        assertEquals(1, run("serve", "--solr", NOWHERE, "--collection", "jixiao", "--port", "0"));
        assertTrue(err.toString().startsWith("jixiao serve: cannot reach SolrCloud at "), err.toString());
    }

    @Test
    void benchIndexTakesItsBackendWithWhereItIs() {
        assertEquals(2, run("bench-index", "--backend", "elastic"));
        assertTrue(err.toString().contains("--backend is lucene or solr"), err.toString());
        assertEquals(2, run("bench-index", "--backend", "solr", "--collection", "b"));
        assertTrue(err.toString().contains("--backend solr needs --solr ZK_OR_URL and --collection NAME"), err.toString());
        assertEquals(2, run("bench-index", "--solr", NOWHERE, "--collection", "b"));
        assertTrue(err.toString().contains("go with --backend solr"), err.toString());
        assertEquals(2, run("bench-index", "--backend", "solr", "--solr", "nowhere", "--collection", "b"));
        assertEquals(1, run("bench-index", "--backend", "solr", "--solr", NOWHERE, "--collection", "b",
                "--queries-only", "--reports", "10"));
        assertTrue(err.toString().startsWith("jixiao bench-index: cannot reach SolrCloud at "), err.toString());
    }
}
