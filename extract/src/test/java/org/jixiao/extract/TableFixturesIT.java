package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jixiao.extract.format.FormatDetector;
import org.jixiao.extract.pdf.PdfTables;
import org.jixiao.extract.pdf.table.PageTable;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every fixture of the peers' table suites (tabula-java, camelot, docling; test resources /tables,
 * expectations built by /tables/make_expected.py) read by jixiao with no area given: PDFs page by
 * page through the table recognizer, DOCX/HTML/XLSX through their extractors. Prints per fixture the
 * cell agreement and the adjacency-relation precision/recall/F1 ({@link TableScore}), then totals
 * per suite; each fixture must stay at or above the figures in /tables/ratchet.properties (raise
 * them when jixiao improves, never lower them). The expectations are the peers' own output for their
 * options, not a neutral labelling: docs/table-fixtures.md says who is right where we differ.
 */
class TableFixturesIT {
    private static final Map<String, TableScore> TOTALS = new TreeMap<>();
    private static final Properties RATCHET = new Properties();

    record Fixture(String set, String file, Integer page, List<List<List<String>>> tables, String note) {
        String key() {
            String var = note.split("[ \\[]")[0];
            return file + (page == null ? "" : "@" + page) + "/" + var;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    @BeforeAll
    static void ratchet() throws IOException {
        try (InputStream r = resource("ratchet.properties")) {
            RATCHET.load(new InputStreamReader(r, StandardCharsets.UTF_8));
        }
    }

    static Stream<Fixture> fixtures() throws IOException {
        try (InputStream in = resource("expected.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<Fixture>>() { }).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void scoresAtLeastTheRatchet(Fixture f) throws Exception {
        List<List<List<String>>> found = ours(f);
        TableScore s = TableScore.of(f.tables(), found);
        TOTALS.computeIfAbsent(f.set(), k -> new TableScore()).add(s);
        TOTALS.computeIfAbsent("all", k -> new TableScore()).add(s);
        System.out.printf(Locale.ROOT, "fixture %-8s %-62s cells %4d/%4d %5.1f%%  adjacency P %.2f R %.2f F1 %.2f  (%d tables expected, %d found)%n",
                f.set(), f.key(), s.agreeingCells, s.expectedCells, 100 * s.agreement(), s.precision(), s.recall(),
                s.f1(), f.tables().size(), found.size());
        // the line to put in ratchet.properties when a fixture improves (2 decimals, rounded down)
        System.out.printf(Locale.ROOT, "ratchet %s=%.2f,%.2f%n", f.key().replace(" ", "\\ "),
                Math.floor(s.agreement() * 100) / 100, Math.floor(s.f1() * 100) / 100);
        String floor = RATCHET.getProperty(f.key());
        assertNotNull(floor, "no ratchet entry for " + f.key() + " (measured cells "
                + String.format(Locale.ROOT, "%.2f,%.2f", s.agreement(), s.f1()) + ")");
        String[] v = floor.split(",");
        assertTrue(s.agreement() + 1e-9 >= Double.parseDouble(v[0]), f.key() + ": cell agreement fell below " + v[0]);
        assertTrue(s.f1() + 1e-9 >= Double.parseDouble(v[1]), f.key() + ": adjacency F1 fell below " + v[1]);
    }

    /**
     * pdfplumber's nics report test: on the state rows of the monthly table, each of the 24 number
     * columns sums to the printed Totals row (no area given here; pdfplumber crops the page).
     */
    @Test
    void nicsColumnsAddUpToTheirTotals() throws Exception {
        byte[] pdf;
        try (InputStream in = resource("pdfplumber/nics-background-checks-2015-11.pdf")) {
            pdf = in.readAllBytes();
        }
        List<List<String>> rows = new ArrayList<>();
        for (PageTable t : new PdfTables().read(pdf, "nics.pdf", p -> p == 1, null, 1)) {
            rows.addAll(TableScore.dropEmpty(t.grid()));
        }
        List<List<String>> states = rows.stream().filter(r -> r.size() >= 25 && r.get(0).matches("[A-Z][A-Za-z. ]+")
                && !r.get(0).startsWith("Total")).toList();
        List<String> total = rows.stream().filter(r -> r.size() >= 25 && r.get(0).startsWith("Total")).findFirst()
                .orElseThrow(() -> new AssertionError("no Totals row in " + rows));
        int agree = 0;
        for (int c = 1; c <= 24; c++) {
            Long sum = 0L;
            for (List<String> r : states) {
                Long v = number(r.get(c));
                sum = sum == null || v == null ? null : sum + v;
            }
            if (sum != null && sum.equals(number(total.get(c)))) {
                agree++;
            }
        }
        System.out.printf(Locale.ROOT, "fixture pdfplumber nics: %d state rows, %d/24 columns add up to Totals%n",
                states.size(), agree);
        assertTrue(states.size() >= Integer.parseInt(RATCHET.getProperty("pdfplumber/nics/rows", "56")),
                "state rows: " + states.size());
        // measured (ratchet): dense columns of the lower half are still merged in places
        assertTrue(agree >= Integer.parseInt(RATCHET.getProperty("pdfplumber/nics/columns", "24")), agree + "/24 columns add up");
    }

    /** The cell's integer, 0 for a blank cell, null when it is not one number (columns merged). */
    private static Long number(String s) {
        String d = s.replace(",", "").strip();
        return d.isEmpty() ? Long.valueOf(0) : d.matches("\\d+") ? Long.valueOf(d) : null;
    }

    @AfterAll
    static void totals() {
        TOTALS.forEach((set, s) -> System.out.printf(Locale.ROOT,
                "fixtures %-8s cells %5d/%5d %5.1f%%  adjacency P %.3f R %.3f F1 %.3f%n", set, s.agreeingCells,
                s.expectedCells, 100 * s.agreement(), s.precision(), s.recall(), s.f1()));
    }

    private static List<List<List<String>>> ours(Fixture f) throws Exception {
        byte[] bytes;
        String path = f.file().startsWith("tabula/") ? "/pdf/" + f.file() : "/tables/" + f.file();
        try (InputStream in = TableFixturesIT.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            bytes = in.readAllBytes();
        }
        String name = f.file().substring(f.file().lastIndexOf('/') + 1);
        List<List<List<String>>> out = new ArrayList<>();
        if (name.endsWith(".pdf")) {
            for (PageTable t : new PdfTables().read(bytes, name, p -> p == f.page(), null, 50)) {
                out.add(t.grid());
            }
            return out;
        }
        try (ReportExtractor x = new ReportExtractor(new FormatDetector(), Extractors.defaultExtractors(), List.of(),
                ExtractLimits.defaults())) {
            Report r = x.extract(bytes, name, name);
            for (Table t : r.tables()) {
                out.add(t.grid());
            }
        }
        return out;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = TableFixturesIT.class.getResourceAsStream("/tables/" + name);
        if (in == null) {
            throw new IOException("missing test resource /tables/" + name);
        }
        return in;
    }
}
