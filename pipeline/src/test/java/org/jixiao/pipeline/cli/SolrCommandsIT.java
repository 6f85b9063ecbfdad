package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.index.query.IndexView;
import org.jixiao.pipeline.Pipeline;
import org.jixiao.serve.JixiaoServer;
import org.jixiao.serve.ServeOptions;

/**
 * The query commands and the web app over SolrCloud, through the CLI: the samples indexed by
 * {@code jixiao index --solr} into the local index and a 2-shard collection of the 2-node test
 * cluster, then {@code facts}, {@code compare}, {@code findings} and {@code search} with
 * {@code --solr ZK --collection jixiao} must print what they print with {@code --index}, and
 * {@code serve}'s API over the collection must answer what it answers over the index.
 *
 * <p>The cluster runs in a JVM of its own ({@code SolrClusterMain} from the solr module's test
 * classes, on the class path the solr module's build wrote): its Jetty 10 cannot share this
 * class path with the web app's Jetty 12.
 */
class SolrCommandsIT {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static Process cluster;
    static Path clusterDir;
    static String zk;
    static Path index;

    @BeforeAll
    static void indexSamples() throws Exception {
        clusterDir = tmp.resolve("cluster");
        cluster = startCluster(clusterDir);
        index = tmp.resolve("index");
        Run r = run("index", "--index", index.toString(), "--solr", zk, "--collection", "jixiao",
                Path.of("..", "samples").toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.err.contains("created collection jixiao") || r.out.contains("Solr collection jixiao"), r.err);
    }

    /** SolrClusterMain in a child JVM; its ZooKeeper address once it says it is ready. */
    static Process startCluster(Path dir) throws Exception {
        String cp = System.getProperty("jixiao.solr.cluster.classpath");
        assertTrue(cp != null && Files.isRegularFile(Path.of(cp)), "the solr module's build writes the cluster's class "
                + "path (mvn -pl pipeline -am verify): " + cp);
        String classes = System.getProperty("jixiao.solr.cluster.classes");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp",
                classes + java.io.File.pathSeparator + Files.readString(Path.of(cp)).strip(),
                "org.jixiao.solr.SolrClusterMain", "15", dir.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long end = System.currentTimeMillis() + 240_000;
        StringBuilder seen = new StringBuilder();
        for (String line = in.readLine(); line != null && System.currentTimeMillis() < end; line = in.readLine()) {
            seen.append(line).append('\n');
            if (line.startsWith("zk ")) {
                zk = line.substring(3).strip();
            }
            if (line.equals("ready")) {
                // keep draining its log so that it never blocks on a full pipe
                Thread drain = new Thread(() -> in.lines().forEach(l -> { }), "solr-cluster-log");
                drain.setDaemon(true);
                drain.start();
                return p;
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the test cluster did not start:\n" + seen);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            Files.writeString(clusterDir.resolve("stop"), "");
            if (!cluster.waitFor(60, TimeUnit.SECONDS)) {
                cluster.destroyForcibly();
            }
        }
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The command with {@code --index} and with {@code --solr}: both succeed; their outputs. */
    static Run[] both(String command, String... args) {
        List<String> a = new ArrayList<>(List.of(command, "--index", index.toString()));
        a.addAll(List.of(args));
        Run lucene = run(a.toArray(String[]::new));
        List<String> b = new ArrayList<>(List.of(command, "--solr", zk, "--collection", "jixiao"));
        b.addAll(List.of(args));
        Run solr = run(b.toArray(String[]::new));
        assertEquals(0, lucene.code, lucene.err);
        assertEquals(0, solr.code, solr.err);
        return new Run[] {lucene, solr};
    }

    @Test
    void factsPrintsTheSameRows() throws Exception {
        int rows = 0;
        for (String[] filter : new String[][] {{"--scope", "total", "--phase", "rate"}, {"--measure", "amount"},
            {"--all-scopes", "--min", "50%", "--max", "1"}, {"--measure", "count", "--all-scopes"}}) {
            List<String> args = new ArrayList<>(List.of(filter));
            args.addAll(List.of("--format", "json"));
            Run[] r = both("facts", args.toArray(String[]::new));
            JsonNode x = JSON.readTree(r[0].out);
            JsonNode y = JSON.readTree(r[1].out);
            assertEquals(x.size(), y.size(), String.join(" ", filter));
            assertEquals(rowSet(x), rowSet(y), String.join(" ", filter));
            // the same order of the sort keys (rows with equal keys may come in another order)
            assertEquals(sortKeys(x), sortKeys(y), String.join(" ", filter));
            rows += x.size();
        }
        assertTrue(rows > 20, "the samples' facts were listed: " + rows);
        Run[] text = both("facts", "--scope", "total", "--phase", "rate");
        assertEquals(text[0].out.lines().count(), text[1].out.lines().count());
    }

    private static Map<String, Integer> rowSet(JsonNode rows) {
        Map<String, Integer> m = new TreeMap<>();
        rows.forEach(r -> m.merge(r.toString(), 1, Integer::sum));
        return m;
    }

    private static List<String> sortKeys(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.path("department").asText() + "|" + r.path("year").asText() + "|"
                + r.path("scope").asText() + "|" + r.path("phase").asText() + "|" + r.path("normalized").asText()));
        return out;
    }

    @Test
    void compareGivesTheSameCells() throws Exception {
        int cells = 0;
        for (String[] sp : new String[][] {{"total", "rate"}, {"total", "actual"}, {"total", "budget-final"}}) {
            Run[] r = both("compare", "--scope", sp[0], "--phase", sp[1], "--format", "json");
            cells += assertSamePivot(JSON.readTree(r[0].out), JSON.readTree(r[1].out), sp[0] + "/" + sp[1]);
        }
        Run[] r = both("compare", "--scope", "total", "--phase", "actual", "--rows", "year", "--cols", "kind",
                "--format", "json");
        cells += assertSamePivot(JSON.readTree(r[0].out), JSON.readTree(r[1].out), "year × kind");
        assertTrue(cells > 2, "the samples' pivots have cells: " + cells);
        Run[] text = both("compare", "--scope", "total", "--phase", "rate");
        assertEquals(text[0].out.lines().findFirst(), text[1].out.lines().findFirst(), "the same header");
    }

    /** Keys, and each cell's facts and distinct values; its value and sources where no tie decides. */
    static int assertSamePivot(JsonNode x, JsonNode y, String what) {
        assertEquals(x.get("rowKeys"), y.get("rowKeys"), what);
        assertEquals(x.get("colKeys"), y.get("colKeys"), what);
        assertEquals(x.get("cells").size(), y.get("cells").size(), what);
        for (int i = 0; i < x.get("cells").size(); i++) {
            JsonNode a = x.get("cells").get(i);
            JsonNode b = y.get("cells").get(i);
            String cell = what + " " + a.get("row") + "/" + a.get("col");
            assertEquals(a.get("row"), b.get("row"), cell);
            assertEquals(a.get("col"), b.get("col"), cell);
            assertEquals(a.get("facts"), b.get("facts"), cell);
            assertEquals(a.get("distinctValues"), b.get("distinctValues"), cell);
            assertEquals(valueCounts(a), valueCounts(b), cell);
            if (a.get("distinctValues").asInt() == 1) {
                assertEquals(a.get("value"), b.get("value"), cell);
                assertEquals(a.get("display"), b.get("display"), cell);
            }
        }
        return x.get("cells").size();
    }

    private static Map<String, String> valueCounts(JsonNode cell) {
        Map<String, String> m = new TreeMap<>();
        cell.get("values").forEach(v -> m.put(v.get("value").asText(), v.get("facts").asText()));
        return m;
    }

    @Test
    void findingsCountsAndRowsAreTheSame() throws Exception {
        Run[] text = both("findings");
        assertEquals(last(text[0].out), last(text[1].out));
        assertTrue(last(text[0].out).matches("\\d+ of [1-9]\\d* findings shown; by severity: \\{.+}"), text[0].out);
        Run[] json = both("findings", "--format", "json");
        assertEquals(rowSet(JSON.readTree(json[0].out)), rowSet(JSON.readTree(json[1].out)));
    }

    private static String last(String out) {
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void searchFindsTheSameHits() throws Exception {
        for (String q : List.of("三公经费", "预算执行率", "\"项目支出\"")) {
            Run[] r = both("search", "--json", "--limit", "1000", q);
            JsonNode x = JSON.readTree(r[0].out);
            JsonNode y = JSON.readTree(r[1].out);
            assertEquals(x.get("totalHits"), y.get("totalHits"), q);
            assertTrue(x.get("totalHits").asInt() > 0, q);
            assertEquals(hitSet(x), hitSet(y), q);
        }
    }

    private static Map<String, Integer> hitSet(JsonNode r) {
        Map<String, Integer> m = new TreeMap<>();
        // absent fields (a block hit has no table) are left out of the JSON
        r.get("hits").forEach(h -> m.merge(h.path("reportId").asText() + "|" + h.path("blockId").asText() + "|"
                + h.path("tableId").asText() + "|" + h.path("row").asText() + "|" + h.path("fileName").asText(), 1,
                Integer::sum));
        return m;
    }

    @Test
    void serveAnswersFromTheCollectionAsFromTheIndex() throws Exception {
        IndexSourceOptions solr = new IndexSourceOptions();
        solr.solr = zk;
        solr.collection = "jixiao";
        StringWriter log = new StringWriter();
        try (IndexView view = IndexView.open(index); IndexSourceOptions.Opened remote = solr.open();
             Pipeline p = Pipeline.defaults();
             JixiaoServer local = ServeCommand.server(ServeOptions.loopback(0, 1 << 20), () -> view, p,
                     new PrintWriter(log, true)).start();
             JixiaoServer served = ServeCommand.server(ServeOptions.loopback(0, 1 << 20), remote::index, p,
                     new PrintWriter(log, true)).start()) {
            HttpClient http = HttpClient.newHttpClient();
            JsonNode health = get(http, served, "/api/health");
            assertEquals(get(http, local, "/api/health").get("reports"), health.get("reports"));
            assertTrue(health.get("documents").asLong() > 0, health.toString());
            String compare = "/api/compare?scope=total&phase=actual&sources=0";
            JsonNode c = get(http, served, compare);
            JsonNode l = get(http, local, compare);
            assertEquals(l.get("facts"), c.get("facts"));
            assertEquals(l.get("rowKeys"), c.get("rowKeys"));
            assertEquals(l.get("cells").size(), c.get("cells").size());
            JsonNode facts = get(http, served, "/api/facts?scope=total&phase=rate");
            assertEquals(get(http, local, "/api/facts?scope=total&phase=rate").get("total"), facts.get("total"));
            String search = "/api/search?q=" + java.net.URLEncoder.encode("预算执行率", StandardCharsets.UTF_8);
            JsonNode s = get(http, served, search);
            JsonNode t = get(http, local, search);
            assertEquals(t.get("total"), s.get("total"));
            assertEquals(t.get("facets").get("department"), s.get("facets").get("department"));
            assertEquals(get(http, local, "/api/findings").get("counts"), get(http, served, "/api/findings").get("counts"));
            String id = facts.get("facts").get(0).get("reportId").asText();
            JsonNode report = get(http, served, "/api/reports/" + id);
            assertEquals(get(http, local, "/api/reports/" + id).get("facts").size(), report.get("facts").size(), id);
            assertFalse(log.toString().contains("jixiao serve:"), "no request failed: " + log);
        }
    }

    private static JsonNode get(HttpClient http, JixiaoServer s, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }
}
