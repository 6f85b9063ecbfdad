package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of crawl, update and documents exit 2 with a message, before any request. */
class CrawlCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void noSeedAtAllIsAUsageError(@TempDir Path dir) {
        assertEquals(2, run("crawl", "--data", dir.toString()), err.toString());
        assertTrue(err.toString().contains("no seed URL"), err.toString());
    }

    @Test
    void aSeedThatIsNotHttpIsAUsageError(@TempDir Path dir) {
        assertEquals(2, run("update", "--data", dir.toString(), "ftp://example.org/x"));
        assertTrue(err.toString().contains("not an http(s) URL"), err.toString());
        assertEquals(2, run("crawl", "--data", dir.toString(), "javascript:void(0)"));
    }

    @Test
    void badLimitsAreUsageErrors(@TempDir Path dir) {
        assertEquals(2, run("crawl", "--data", dir.toString(), "--delay-ms", "-1", "http://127.0.0.1:9/"));
        assertEquals(2, run("crawl", "--data", dir.toString(), "--max-docs", "0", "http://127.0.0.1:9/"));
        assertEquals(2, run("crawl", "--data", dir.toString(), "--same-host", "--under-prefix", "http://127.0.0.1:9/"));
        assertEquals(2, run("update", "--data", dir.toString(), "--batch", "0", "http://127.0.0.1:9/"));
        assertEquals(2, run("crawl", "--data", dir.toString(), "--user-agent", "机器人", "http://127.0.0.1:9/"));
    }

    @Test
    void documentsOfAFolderWithoutCrawlIsAUsageError(@TempDir Path dir) throws Exception {
        assertEquals(2, run("documents", "--data", dir.toString()));
        assertTrue(err.toString().contains("no crawl in"), err.toString());
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertEquals(2, run("crawl", "--data", file.toString(), "http://127.0.0.1:9/"));
    }

    @Test
    void anUnreachableSeedFailsAsConnectionAndExits1(@TempDir Path dir) {
        // port 9 (discard) on loopback refuses connections: the run completes with a typed failure
        assertEquals(1, run("crawl", "--data", dir.toString(), "--delay-ms", "0", "--timeout-s", "2",
                "http://127.0.0.1:9/index.html"));
        assertTrue(out.toString().contains("connection"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("documents", "--data", dir.toString(), "--format", "csv"));
        assertTrue(out.toString().startsWith("url,kind,outcome,reason,"), out.toString());
        assertTrue(out.toString().contains("http://127.0.0.1:9/index.html,link,failed,connection"), out.toString());
    }
}
