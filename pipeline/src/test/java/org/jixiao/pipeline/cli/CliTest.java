package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.corpus.ReportJson;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine cl = JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        for (String name : cl.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            assertEquals(0, run(name, "--help"), name + " --help");
            assertTrue(out.toString().contains("Usage: jixiao " + name), out.toString());
        }
    }

    @Test
    void helpTextsAreValidFormatStrings() {
        // picocli formats descriptions: a bare % breaks the help text with a warning (regression)
        CommandLine cl = JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(spec.usageMessage().description()));
            spec.options().forEach(o -> texts.addAll(java.util.List.of(o.description())));
            spec.positionalParameters().forEach(p -> texts.addAll(java.util.List.of(p.description())));
            for (String t : texts) {
                String resolved = t.replace("${DEFAULT-VALUE}", "x").replace("${COMPLETION-CANDIDATES}", "x");
                try {
                    String.format(resolved);
                } catch (java.util.IllegalFormatException e) {
                    throw new AssertionError(spec.name() + ": description is not a valid format string: " + t, e);
                }
            }
        }
    }

    @Test
    void usageErrorsExitTwoWithAMessageAndNoStackTrace() {
        assertEquals(2, run("extract"));
        assertTrue(err.toString().contains("Missing required parameter"), err.toString());
        assertEquals(2, run("extract", "--no-such-option", "x"));
        assertEquals(2, run("extract", "/no/such/path/anywhere"));
        assertTrue(err.toString().contains("no such file or folder"), err.toString());
        assertEquals(2, run("facts", "--format", "xml", "x"));
        assertEquals(2, run());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void badFilesFailOneByOneAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        Path noise = Files.write(dir.resolve("noise.bin"), new byte[] {0x13, 0x7f, 0x00, 0x42, 0x10, 0x01});
        Path outDir = dir.resolve("out");
        int code = run("extract", "--out", outDir.toString(), empty.toString(), noise.toString());
        assertEquals(1, code, out.toString() + err);
        assertTrue(out.toString().contains("FAILED " + empty), out.toString());
        assertTrue(out.toString().contains("EMPTY_FILE"), out.toString());
        assertTrue(out.toString().contains("2 files, 0 extracted, 2 failed"), out.toString());
        Report r = new ReportJson().read(outDir.resolve("empty.pdf.report.json"));
        assertEquals(DiagnosticCode.EMPTY_FILE, r.diagnostics().get(0).code());
        assertTrue(Files.exists(outDir.resolve("noise.bin.report.json")));
    }
}
