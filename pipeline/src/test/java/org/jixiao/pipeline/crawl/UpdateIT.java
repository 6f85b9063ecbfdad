package org.jixiao.pipeline.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.crawl.TestSite;
import org.jixiao.pipeline.cli.JixiaoCommand;

/**
 * {@code jixiao update} against the loopback test site, through the CLI: the first run stores and
 * indexes every report; a second run fetches only 304s and changes nothing; a newly published
 * report is the only one indexed by the third; a corrected report replaces the old one.
 */
class UpdateIT {
    static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new TestSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    record Run(int code, String out, String err) {
    }

    static Run jixiao(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JixiaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run update(Path data, String... seeds) {
        List<String> a = new ArrayList<>(List.of("update", "--data", data.toString(), "--delay-ms", "0", "--timeout-s", "3"));
        a.addAll(List.of(seeds));
        return jixiao(a.toArray(String[]::new));
    }

    @Test
    void updateIndexesNewReportsOnlyAndKeepsTheManifest(@TempDir Path data) throws Exception {
        Run first = update(data, site.seed());
        assertEquals(1, first.code(), "hostile endpoints fail, listed: " + first.out() + first.err());
        assertTrue(first.out().contains("reports: " + TestSite.DOCUMENTS + " new, 0 changed, 0 unchanged"), first.out());
        assertTrue(first.out().contains("failed: " + site.base() + "/hostile/trickle.pdf: timeout"), first.out());
        assertTrue(first.err().contains("[1] page"), "one progress line per page on stderr: " + first.err());

        JsonNode docs = new ObjectMapper().readTree(jixiao("documents", "--data", data.toString(), "--format", "json").out());
        int reports = 0;
        for (JsonNode d : docs) {
            if (!d.path("report_id").isNull() && !d.path("report_id").isMissingNode()) {
                reports++;
                assertEquals(d.get("sha256").asText(), d.get("report_id").asText());
            }
        }
        assertTrue(reports >= 5, "reports indexed: " + docs.toPrettyString());

        Run search = jixiao("search", "--index", data.resolve("index").toString(), "--json", "绩效自评");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().matches("(?s).*\"fileName\" : \"(2024zpbg\\.pdf|t2\\.html|flaky\\.txt|2024fj\\.txt|"
                + "download\\.jsp|益阳市人社局2024年度部门整体支出绩效自评报告\\.docx)\".*"), "hits in crawled documents: " + search.out());

        site.clearHits();
        Run second = update(data);
        assertTrue(second.out().contains("reports: 0 new, 0 changed, " + TestSite.DOCUMENTS + " unchanged"), second.out());
        assertTrue(second.out().contains("index: 0 added, 0 unchanged, 0 replaced, 0 removed"), second.out());
        assertTrue(site.hits().stream().noneMatch(h -> h.status() == 200 && h.path().matches("/(hrss|yiyang/files|yiyang/art)/.*")),
                "only 304s: " + site.hits());

        site.publish("2025zpbg.txt", "益阳市人力资源和社会保障局2025年度部门整体支出绩效自评报告",
                TestSite.resource("003_d7c6b592d197c283.txt").length > 0
                        ? ("2025年度部门整体支出绩效自评报告\n" + new String(TestSite.resource("003_d7c6b592d197c283.txt"),
                        StandardCharsets.UTF_8).replace("2024年", "2025年")).getBytes(StandardCharsets.UTF_8) : null);
        Run third = update(data);
        assertTrue(third.out().contains("reports: 1 new, 0 changed, " + TestSite.DOCUMENTS + " unchanged"), third.out());
        assertTrue(third.out().contains("index: 1 added, 0 unchanged, 0 replaced"), third.out());
    }
}
