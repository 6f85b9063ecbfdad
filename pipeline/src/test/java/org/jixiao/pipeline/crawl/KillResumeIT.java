package org.jixiao.pipeline.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.crawl.TestSite;
import org.jixiao.index.query.IndexView;
import org.jixiao.index.query.ReportInfo;

/**
 * {@code jixiao update} in a child JVM (the real jar), killed with {@code kill -9} part-way through
 * the crawl and again part-way through indexing; the next run completes the work, and the manifest,
 * the store and the index equal those of an uninterrupted run. A further update with nothing new
 * costs only 304s and changes nothing.
 */
class KillResumeIT {
    static final Path JAR = Path.of("target", "jixiao.jar");
    /** Manifest fields that do not depend on when or how often a URL was fetched. */
    static final List<String> STABLE = List.of("url", "kind", "reason", "final_url", "sha256", "media_type", "bytes",
            "link_text", "page_title", "referrer", "parent", "report_id");
    static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the runnable jar is built before integration tests: " + JAR.toAbsolutePath());
        site = new TestSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static List<String> command(Path data, String... extra) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> c = new ArrayList<>(List.of(java, "-Xmx1g", "-Dfile.encoding=UTF-8", "-jar", JAR.toString(), "update",
                "--data", data.toString(), "--delay-ms", "0", "--timeout-s", "3", "--batch", "1"));
        c.addAll(List.of(extra));
        return c;
    }

    /** Runs update and kills it with SIGKILL as soon as a stderr line contains {@code marker}; true when killed. */
    static boolean runAndKill(Path data, String marker, String... seeds) throws Exception {
        Process p = new ProcessBuilder(command(data, seeds)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean killed = false;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                if (line.contains(marker)) {
                    Process kill = new ProcessBuilder("kill", "-9", Long.toString(p.pid())).inheritIO().start();
                    assertEquals(0, kill.waitFor());
                    killed = true;
                    break;
                }
            }
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child ends");
        if (killed) {
            assertEquals(137, p.exitValue(), "killed by SIGKILL");
        }
        return killed;
    }

    static int runToEnd(Path data, String... seeds) throws Exception {
        Process p = new ProcessBuilder(command(data, seeds)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "update finishes");
        return p.exitValue();
    }

    @Test
    void killedRunsResumeToTheSameManifestAndIndex(@TempDir Path tmp) throws Exception {
        Path clean = tmp.resolve("clean");
        assertEquals(1, runToEnd(clean, site.seed()), "1: the hostile endpoints fail");

        Path killed = tmp.resolve("killed");
        assertTrue(runAndKill(killed, "[5] ", site.seed()), "killed during the crawl");
        assertTrue(runAndKill(killed, "[14] "), "killed again during the crawl, resumed from the frontier");
        assertTrue(runAndKill(killed, "[2/"), "killed during indexing");
        assertEquals(1, runToEnd(killed));

        assertEquals(stable(clean), stable(killed));
        assertEquals(indexed(clean), indexed(killed));
        assertEquals(storeFiles(clean), storeFiles(killed), "nothing stored twice, nothing lost");
        // 000 as docx and as a page: one report; 003 as pdf, in the zip and as text: one; the 2024 attachments
        assertEquals(4, indexed(killed).size(), "three reports shown, and the document count: " + indexed(killed));

        Map<String, String> before = indexed(killed);
        site.clearHits();
        assertEquals(1, runToEnd(killed));
        List<TestSite.Hit> full = site.hits().stream().filter(h -> h.status() == 200 && !h.path().startsWith("/hostile/")
                && !h.path().startsWith("/yiyang/list") && !h.path().equals("/robots.txt")).toList();
        assertEquals(List.of(), full, "an update with nothing new costs only 304s");
        assertEquals(before, indexed(killed));
        assertEquals(stable(clean), stable(killed));
    }

    /** The manifest without the fields that record when a URL was fetched. */
    static Map<String, Map<String, String>> stable(Path data) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "documents", "--data", data.toString(), "--format", "json", "--all")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        JsonNode rows = new ObjectMapper().readTree(p.getInputStream());
        assertEquals(0, p.waitFor());
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (JsonNode r : rows) {
            Map<String, String> m = new TreeMap<>();
            for (String f : STABLE) {
                m.put(f, r.path(f).isNull() ? null : r.path(f).asText());
            }
            out.put(r.get("url").asText(), m);
        }
        return out;
    }

    /** Indexed reports: path → report id, and the number of Lucene documents. */
    static Map<String, String> indexed(Path data) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (IndexView v = IndexView.open(data.resolve("index"))) {
            for (ReportInfo r : v.reports()) {
                out.put(r.path(), r.reportId());
            }
            out.put("(lucene documents)", Integer.toString(v.reader().numDocs()));
        }
        return out;
    }

    static TreeSet<String> storeFiles(Path data) throws IOException {
        try (Stream<Path> s = Files.walk(data.resolve("store"))) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getParent().getFileName().toString().equals("tmp"))
                    .map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
