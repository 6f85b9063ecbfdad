package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.corpus.ReportJson;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Source;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The cross-report rules in the index: a department's reports arriving in separate runs are
 * re-checked together, and {@code findings --index} then equals {@code check} on the same files.
 */
class CrossReportIndexTest {
    private static final String DEPT = "湖南省人力资源和社会保障厅";

    private static Path write(Path dir, String id, int year, Fact fact) throws Exception {
        Report r = new Report(id, new Source(id, id + ".pdf", "application/pdf", 1, id),
                new ReportMeta(DEPT, "湖南省", "province", year, "selfeval-report", null, null, null, null),
                List.of(), List.of(), List.of(), List.of(fact), List.of(), List.of());
        Path p = dir.resolve(id + ".report.json");
        new ReportJson().write(r, p);
        return p;
    }

    private static Fact fact(String measure, String period, String value, String rid) {
        return new Fact(measure, "fund:injury", null, period, "actual", Quantity.of(value, Unit.YI_YUAN), measure,
                Provenance.ofCell(rid, "t1", 3, 3, 2, "test"));
    }

    private static List<String> run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, cl.execute(args), err.toString());
        return List.of(out.toString(), err.toString());
    }

    /** (rule, severity, message) of the ERROR and WARNING findings in a JSON array, sorted. */
    private static List<String> alarms(String json) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(json)) {
            String sev = n.get("severity").asText().toLowerCase(java.util.Locale.ROOT);
            if (sev.equals("error") || sev.equals("warning")) {
                out.add(n.get("rule").asText() + " " + sev + " " + n.get("message").asText());
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    void theEarlierYearArrivingLaterIsCheckedAgainstTheIndexedOne(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path y2025 = write(in, "c2025", 2025, fact("balance-begin", "2025", "79.53", "c2025"));
        Path ix = dir.resolve("ix");
        run("index", "--index", ix.toString(), y2025.toString());
        assertEquals(List.of(), alarms(run("findings", "--index", ix.toString(), "--format", "json").get(0)));

        Path y2024 = write(in, "a2024", 2024, fact("balance-end", "2024", "75.588", "a2024"));
        List<String> second = run("index", "--index", ix.toString(), y2024.toString());
        assertTrue(second.get(1).contains("re-checked 2 reports of " + DEPT), second.get(1));
        List<String> indexed = alarms(run("findings", "--index", ix.toString(), "--format", "json").get(0));
        assertEquals(1, indexed.size(), indexed.toString());
        assertTrue(indexed.get(0).startsWith("cross.balance-carry error"), indexed.toString());
        // the same as checking both files at once
        assertEquals(alarms(run("check", "--format", "json", y2024.toString(), y2025.toString()).get(0)), indexed);
        // indexing again changes nothing
        run("index", "--index", ix.toString(), y2024.toString(), y2025.toString());
        assertEquals(indexed, alarms(run("findings", "--index", ix.toString(), "--format", "json").get(0)));
        // removing last year's report takes the finding that rested on it away from this year's
        run("index", "--index", ix.toString(), "--remove", y2024.toString());
        assertEquals(List.of(), alarms(run("findings", "--index", ix.toString(), "--format", "json").get(0)));
    }
}
