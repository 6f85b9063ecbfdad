package org.jixiao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class TablesCommandTest {
    private static final String PDF = "../samples/selfeval/000_c5690e2b1ac97a5d.pdf";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void jsonHasSpansAndTabulaJsonHasTabulasLayout() throws Exception {
        assertEquals(0, run("tables", "--pages", "3", PDF), err.toString());
        JsonNode ours = new ObjectMapper().readTree(out.toString());
        assertEquals(1, ours.size());
        JsonNode t = ours.get(0);
        assertEquals(3, t.get("page").asInt());
        assertEquals(10, t.get("rows").asInt());
        boolean total = false;
        for (JsonNode c : t.get("cells")) {
            total |= c.get("text").asText().equals("合计") && c.get("colSpan").asInt() == 2;
        }
        assertTrue(total, "合计 spans two columns");
        out.getBuffer().setLength(0);
        assertEquals(0, run("tables", "--pages", "3", "--format", "tabula-json", PDF), err.toString());
        JsonNode tab = new ObjectMapper().readTree(out.toString()).get(0);
        assertEquals("lattice", tab.get("extraction_method").asText());
        assertEquals(3, tab.get("page_number").asInt());
        assertTrue(tab.get("width").asDouble() > 100);
        assertEquals("合计", tab.get("data").get(9).get(0).get("text").asText());
        assertEquals("", tab.get("data").get(9).get(1).get("text").asText());
    }

    @Test
    void csvQuotesNumbersWithCommas() {
        assertEquals(0, run("tables", "--pages", "3", "--format", "csv", PDF), err.toString());
        assertTrue(out.toString().contains("合计,,,\"13,483.69\",861.61,\"14,344.80\""), out.toString());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("tables", "--area", "1,2,3", PDF));
        assertEquals(2, run("tables", "--pages", "0-2", PDF));
        assertEquals(2, run("tables", "--format", "xml", PDF));
        assertEquals(2, run("tables", "no/such.pdf"));
        assertTrue(!err.toString().contains("\tat "), err.toString());
    }

    @Test
    void benchNeedsAFolder() {
        assertEquals(2, run("bench-tables", "no/such/folder"));
    }
}
