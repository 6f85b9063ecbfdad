package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.corpus.ReportJson;
import org.jixiao.model.Block;
import org.jixiao.model.Fact;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Unit;
import org.jixiao.pipeline.Pipeline;

import picocli.CommandLine;

/**
 * index, search, facts --index, compare and findings on a temporary index built from two sample
 * reports (000 and 003, text form): extracted and checked for real by {@code index}. For facts
 * and compare the same extracted reports get their department, year and execution-rate fact
 * (what the metadata and figures stages provide), written as report JSON and indexed.
 */
class IndexCommandsTest {
    static final Path SAMPLES = Path.of("..", "samples", "selfeval");
    static final String HUNAN = "湖南省人力资源和社会保障厅";
    static final String YIYANG = "益阳市人力资源和社会保障局";

    @TempDir
    static Path tmp;
    static Path input;
    static Path index;
    static Path jsonIndex;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        return cl.execute(args);
    }

    @BeforeAll
    static void buildIndexes() throws IOException {
        input = Files.createDirectories(tmp.resolve("in"));
        for (String f : List.of("000_c5690e2b1ac97a5d.txt", "003_d7c6b592d197c283.txt")) {
            Files.copy(SAMPLES.resolve(f), input.resolve(f));
        }
        index = tmp.resolve("index");
        IndexCommandsTest t = new IndexCommandsTest();
        assertEquals(0, t.run("index", "--index", index.toString(), input.toString()), t.err.toString());
        assertTrue(t.out.toString().contains("2 added, 0 unchanged, 0 replaced, 0 removed, 0 failed"), t.out.toString());
        assertTrue(t.err.toString().contains("[1/2] added"), "progress on stderr: " + t.err);

        Path json = Files.createDirectories(tmp.resolve("json"));
        ReportJson codec = new ReportJson();
        try (Pipeline p = Pipeline.defaults()) {
            write(codec, json, withRate(p.extract(input.resolve("000_c5690e2b1ac97a5d.txt")), HUNAN, 2025, "预算执行率为86.56%", "86.56"));
            write(codec, json, withRate(p.extract(input.resolve("003_d7c6b592d197c283.txt")), YIYANG, 2024, "87.90%", "87.90"));
        }
        jsonIndex = tmp.resolve("json-index");
        List<String> args = new ArrayList<>(List.of("index", "--index", jsonIndex.toString()));
        try (var files = Files.list(json)) {
            files.sorted().forEach(f -> args.add(f.toString()));
        }
        IndexCommandsTest t2 = new IndexCommandsTest();
        assertEquals(0, t2.run(args.toArray(String[]::new)), t2.err.toString());
    }

    private static void write(ReportJson codec, Path dir, Report r) throws IOException {
        codec.write(r, dir.resolve(r.source().fileName() + ".report.json"));
    }

    /**
     * The report with its department and year and the total execution rate where it is printed,
     * each added only when extraction did not provide it (sentence facts may not be extracted yet).
     */
    private static Report withRate(Report r, String department, int year, String context, String printed) {
        List<Fact> facts = new ArrayList<>(r.facts());
        ReportMeta meta = r.meta().department() != null ? r.meta()
                : new ReportMeta(department, null, null, year, "selfeval-report", null, null, null, Map.of());
        if (facts.stream().anyMatch(f -> "total".equals(f.scope()) && "rate".equals(f.phase()))) {
            return r.withFigures(meta, facts, r.indicators(), r.tables());
        }
        Block b = r.blocks().stream().filter(x -> x.text().contains(context)).findFirst().orElseThrow();
        int at = b.text().indexOf(printed, b.text().indexOf(context));
        Quantity q = new Quantity(new BigDecimal(printed), 2, Unit.PERCENT, null, printed);
        facts.add(new Fact("rate", "total", null, Integer.toString(year), "rate", q, context,
                b.provenance().withChars(at, at + printed.length())));
        return r.withFigures(meta, facts, r.indicators(), r.tables());
    }

    @Test
    void indexingTheSameFolderTwiceAddsNothing() {
        assertEquals(0, run("index", "--index", index.toString(), input.toString()));
        assertTrue(out.toString().contains("0 added, 2 unchanged, 0 replaced"), out.toString());
    }

    @Test
    void searchFindsSanGongInEveryReportHighlightedWithSectionPath() throws IOException {
        assertEquals(0, run("search", "--index", index.toString(), "--limit", "50", "三公经费"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("000_c5690e2b1ac97a5d.txt") && text.contains("003_d7c6b592d197c283.txt"), text);
        assertTrue(text.contains("【三公经费】") && text.contains("【三公”经费】"), text);
        assertTrue(text.contains("§ "), "section paths: " + text);
        out.getBuffer().setLength(0);
        assertEquals(0, run("search", "--index", index.toString(), "--json", "--limit", "3", "三公经费"));
        JsonNode hits = new ObjectMapper().readTree(out.toString()).get("hits");
        assertEquals(3, hits.size());
        assertTrue(hits.get(0).get("snippet").asText().contains("【"));
    }

    @Test
    void factsOfTotalRateListTheExecutionRateOfEachReport() {
        assertEquals(0, run("facts", "--index", jsonIndex.toString(), "--scope", "total", "--phase", "rate", "--format", "csv"),
                err.toString());
        List<String> lines = List.of(out.toString().split("\r\n"));
        assertTrue(lines.get(0).startsWith("report,department,year,measure,scope") && lines.get(0).endsWith(",basis"),
                lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("000_c5690e2b1ac97a5d.txt," + HUNAN + ",2025,rate,total,")
                && l.contains(",86.56,%,0.8656,")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("003_d7c6b592d197c283.txt," + YIYANG + ",2024,rate,total,")
                && l.contains(",87.90,%,0.879,")), out.toString());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",rate,total,")), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("facts", "--index", jsonIndex.toString(), "--scope", "total", "--min", "87%"));
        assertFalse(out.toString().contains("86.56"), out.toString());
        assertTrue(out.toString().contains("87.90"), out.toString());
    }

    @Test
    void compareMakesADepartmentByYearPivotWithProvenanceInJson() throws IOException {
        assertEquals(0, run("compare", "--index", jsonIndex.toString(), "--scope", "total", "--phase", "rate"), err.toString());
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].startsWith("department \\ year") && lines[0].contains("2024") && lines[0].contains("2025"), lines[0]);
        assertTrue(lines[1].startsWith(HUNAN) && lines[1].contains("86.56%"), lines[1]);
        assertTrue(lines[2].startsWith(YIYANG) && lines[2].contains("87.9%"), lines[2]);
        out.getBuffer().setLength(0);
        assertEquals(0, run("compare", "--index", jsonIndex.toString(), "--scope", "total", "--phase", "rate", "--format", "json"));
        JsonNode cells = new ObjectMapper().readTree(out.toString()).get("cells");
        assertEquals(2, cells.size());
        JsonNode source = cells.get(0).get("sources").get(0);
        assertEquals("000_c5690e2b1ac97a5d.txt", source.get("report").asText());
        JsonNode prov = source.get("provenance");
        assertTrue((prov.has("blockId") || prov.has("tableId")) && prov.has("charStart"), source.toString());
        // why the fact counts: its entity, qualifiers and basis, with each distinct value of the cell
        assertTrue(source.has("basis") && source.get("canonical").asBoolean() && source.has("qualifiers"),
                source.toString());
        JsonNode values = cells.get(0).get("values");
        assertEquals(cells.get(0).get("distinctValues").asInt(), values.size());
        assertEquals("000_c5690e2b1ac97a5d.txt", values.get(0).get("source").get("report").asText());
    }

    @Test
    void findingsBySeverityListTheCheckersErrors() {
        assertEquals(0, run("findings", "--index", index.toString(), "--severity", "error", "--format", "csv"), err.toString());
        String[] lines = out.toString().split("\r\n");
        assertTrue(lines.length > 1, "the checker finds errors in sample 000: " + out);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].startsWith("error,"), lines[i]);
        }
    }

    @Test
    void aChangedFileIsReplacedAndRemoveDeletesIt(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path f = Files.copy(SAMPLES.resolve("003_d7c6b592d197c283.txt"), in.resolve("003.txt"));
        Path ix = dir.resolve("ix");
        assertEquals(0, run("index", "--index", ix.toString(), in.toString()));
        Files.writeString(f, Files.readString(f) + "\n补充说明：本报告已更正。\n");
        assertEquals(0, run("index", "--index", ix.toString(), in.toString()));
        assertTrue(out.toString().contains("0 added, 0 unchanged, 1 replaced"), out.toString());
        assertEquals(0, run("search", "--index", ix.toString(), "已更正"));
        assertTrue(out.toString().contains("【已】【更正】") || out.toString().contains("【已更正】"), out.toString());
        assertEquals(0, run("index", "--index", ix.toString(), "--remove", in.toString()));
        assertTrue(out.toString().contains("1 removed"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("search", "--index", ix.toString(), "三公经费"));
        assertTrue(out.toString().contains("0 of 0 hits"), out.toString());
    }

    @Test
    void usageErrorsExitTwoWithoutStackTraces() {
        assertEquals(2, run("search", "三公经费"));
        assertEquals(2, run("search", "--index", tmp.resolve("nowhere").toString(), "三公经费"));
        assertTrue(err.toString().contains("no index at"), err.toString());
        assertEquals(2, run("facts"));
        assertEquals(2, run("facts", "--index", jsonIndex.toString(), "--min", "12 parsecs"));
        assertEquals(2, run("compare", "--index", jsonIndex.toString(), "--scope", "total", "--phase", "rate", "--rows", "colour"));
        assertEquals(2, run("findings", "--index", index.toString(), "--severity", "fatal"));
        assertEquals(2, run("search", "--index", index.toString(), "三公 AND ("));
        assertFalse(err.toString().contains("\tat "), err.toString());
    }
}
