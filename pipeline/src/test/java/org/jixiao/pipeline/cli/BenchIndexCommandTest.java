package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchIndexCommandTest {
    @Test
    void aSmallBenchPrintsRateSizeAndLatencies(@TempDir Path dir) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("..", "samples", "selfeval", "003_d7c6b592d197c283.txt"), seeds.resolve("003.txt"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                "bench-index", "--reports", "12", "--queries", "3", "--samples", seeds.toString(),
                "--index", dir.resolve("ix").toString());
        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.contains("indexed 12 reports") && text.contains("reports/s") && text.contains("MB"), text);
        for (String q : new String[] {"search", "facts", "compare"}) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(q) && l.contains("p95")), text);
        }
        assertEquals(2, JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                "bench-index", "--reports", "0"));
    }
}
