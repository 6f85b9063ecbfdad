package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of {@code jixiao serve}: they end before anything binds a port. */
class ServeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void dataAndIndexAreExclusive() {
        assertEquals(2, run("serve", "--data", "a", "--index", "b"));
        assertTrue(err.toString().contains("either --data DIR or --index DIR"), err.toString());
    }

    @Test
    void portAndUploadLimitAreChecked() {
        assertEquals(2, run("serve", "--port", "70000"));
        assertEquals(2, run("serve", "--max-upload-mb", "0"));
        assertEquals(2, run("serve", "--port", "x"));
    }

    @Test
    void aMissingIndexIsAUsageErrorWithTheWayToBuildOne(@TempDir Path dir) {
        assertEquals(2, run("serve", "--index", dir.resolve("none").toString(), "--port", "0"));
        assertTrue(err.toString().contains("no index at"), err.toString());
    }
}
