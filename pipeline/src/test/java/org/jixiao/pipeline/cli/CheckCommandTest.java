package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.corpus.ReportJson;
import org.jixiao.model.Block;
import org.jixiao.model.Cell;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Source;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class CheckCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** A report whose 合计 row does not add up, with markup in its text. */
    private static Path report(Path dir) throws Exception {
        String[][] rows = {{"单位名称", "全年预算", "决算支出"}, {"厅机关<b>", "7,331.31", "7,213.19"},
                {"社保中心", "1,769.32", "1,768.32"}, {"合计", "9,100.00", "8,981.51"}};
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) {
                cells.add(Cell.of(r, c, rows[r][c], Provenance.ofCell("rid", "t0", r, c, 2, "test")));
            }
        }
        Table t = new Table("t0", "表1<script>alert(1)</script>", "单位：万元", List.of(2), List.of(), "test", 4, 3, cells,
                Provenance.ofCell("rid", "t0", 0, 0, 2, "test"));
        Report r = new Report("rid", new Source("x", "x.pdf", "application/pdf", 1, "rid"),
                new ReportMeta("某厅", null, null, 2025, "selfeval-report", null, null, null, null),
                List.of(Block.paragraph("b0", "无", null)), List.of(t), List.of(), List.of(), List.of(), List.of());
        Path p = dir.resolve("x.report.json");
        new ReportJson().write(r, p);
        return p;
    }

    @Test
    void jsonListsFindingsWithBothSidesAndExitsZero(@TempDir Path dir) throws Exception {
        Path p = report(dir);
        assertEquals(0, run("check", "--format", "json", p.toString()), err.toString());
        JsonNode arr = new ObjectMapper().readTree(out.toString());
        assertTrue(arr.isArray());
        JsonNode f = null;
        for (JsonNode n : arr) {
            if (n.get("rule").asText().equals("table.column-sum")) {
                f = n;
            }
        }
        assertTrue(f != null, out.toString());
        assertEquals("x.pdf", f.get("report").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals("9099.995", f.get("actual").get("lo").asText());
        assertTrue(f.get("message").asText().contains("9,100.00"));
        JsonNode fig = f.get("figures").get(0);
        assertEquals("9100.00", fig.get("value").asText());
        assertEquals("万元", fig.get("unit").asText());
        assertEquals(3, fig.get("provenance").get("row").asInt());
        assertEquals(2, fig.get("provenance").get("page").asInt());
    }

    @Test
    void htmlWritesOneEscapedPagePerReport(@TempDir Path dir) throws Exception {
        Path p = report(dir);
        Path outDir = dir.resolve("audit");
        assertEquals(0, run("check", "--format", "html", "--out", outDir.toString(), p.toString()), err.toString());
        String html = Files.readString(outDir.resolve("x.pdf.audit.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("table.column-sum"));
        assertFalse(html.contains("<script>"), "document text must be escaped");
        assertTrue(html.contains("&lt;script&gt;"));
        assertTrue(html.contains("<mark>9,100.00</mark>"), html);
    }

    @Test
    void statsTellEvaluatedFromNeverRan(@TempDir Path dir) throws Exception {
        Path p = report(dir);
        assertEquals(0, run("check", "--stats", "--format", "json", p.toString()), err.toString());
        JsonNode arr = new ObjectMapper().readTree(out.toString());
        JsonNode sum = null;
        JsonNode score = null;
        for (JsonNode n : arr) {
            if (n.get("rule").asText().equals("table.column-sum")) {
                sum = n;
            } else if (n.get("rule").asText().equals("score.sheet")) {
                score = n;
            }
        }
        assertTrue(sum != null && score != null, out.toString());
        assertEquals("1", sum.get("fired").asText());
        assertEquals("0", score.get("evaluated").asText());
        assertEquals("1", score.get("not_evaluated").asText());
        assertTrue(score.get("reasons").asText().contains("no score-sheet indicators"), score.toString());
    }

    @Test
    void usageErrors(@TempDir Path dir) throws Exception {
        Path p = report(dir);
        assertEquals(2, run("check", "--format", "xml", p.toString()));
        assertEquals(2, run("check", "--format", "html", p.toString()));
        assertTrue(err.toString().contains("--out"), err.toString());
        assertFalse(err.toString().contains("\tat "));
    }

    @Test
    void reportJsonOfSchemaTwoGetsItsYearsAndSectionNumbersRead(@TempDir Path dir) throws Exception {
        // written before schema 3: no year mentions, sections without ordinals
        List<org.jixiao.model.Section> sections = List.of(new org.jixiao.model.Section("一、", "概况", 1, "b0", List.of()),
                new org.jixiao.model.Section("三、", "支出", 1, "b2", List.of()));
        Report r = new Report("rid2", new Source("y", "y.pdf", "application/pdf", 1, "rid2"),
                new ReportMeta("某厅", null, null, 2025, "budget", null, null, null, null),
                List.of(Block.paragraph("b0", "一、概况", Provenance.ofBlock("rid2", "b0", 1, "pdf")),
                        Block.paragraph("b1", "2025年支出与2025年相比增加10万元。", Provenance.ofBlock("rid2", "b1", 1, "pdf")),
                        Block.paragraph("b2", "三、支出", Provenance.ofBlock("rid2", "b2", 2, "pdf"))),
                List.of(), sections, List.of(), List.of(), List.of());
        Path p = dir.resolve("y.report.json");
        new ReportJson().write(r, p);
        assertEquals(0, run("check", "--format", "json", p.toString()), err.toString());
        List<String> rules = new ArrayList<>();
        new ObjectMapper().readTree(out.toString()).forEach(n -> rules.add(n.get("rule").asText()));
        assertTrue(rules.contains("year.mismatch"), rules.toString());
        assertTrue(rules.contains("section.numbering"), rules.toString());
    }
}
