package org.jixiao.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.office.DocxExtractor;
import org.jixiao.model.Cell;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

/**
 * The PDF exports of 000 and 003 against their Word originals: every table cell by cell, text and
 * spans, including the tables that run over several pages. The expectations were written from the
 * .docx (w:gridSpan / w:vMerge, cell paragraphs joined) into {@code *.tables.expected.json}, and the
 * PDF is also compared with the office extractor's reading of the .docx; whitespace is not compared.
 */
class SelfevalPdfTablesTest {
    @Test
    void report000TablesEqualTheWordFile() throws Exception {
        List<String> diff = compare("000_c5690e2b1ac97a5d");
        assertEquals(List.of(), diff);
    }

    @Test
    void report003TablesEqualTheWordFile() throws Exception {
        List<String> diff = compare("003_d7c6b592d197c283");
        assertEquals(List.of(), diff);
    }

    /** The same comparison against what the Word extractor reads from the .docx itself. */
    @Test
    void pdfTablesEqualTheDocxExtractorsTables() throws Exception {
        for (String name : List.of("000_c5690e2b1ac97a5d", "003_d7c6b592d197c283")) {
            RawDocument pdf = PdfFixtures.extract(PdfFixtures.sample(name + ".pdf"), PdfFixtures.context(name + ".pdf"));
            RawDocument docx;
            try (InputStream in = new ByteArrayInputStream(PdfFixtures.sample(name + ".docx"))) {
                docx = new DocxExtractor().extract(in, new ExtractContext("rid", name + ".docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ExtractLimits.defaults()));
            }
            assertEquals(docx.tables().size(), pdf.tables().size(), name);
            for (int i = 0; i < docx.tables().size(); i++) {
                assertEquals(layout(docx.tables().get(i)), layout(pdf.tables().get(i)), name + " table " + i);
            }
        }
    }

    /** Size, then each cell as "r,c rowSpan x colSpan text" (whitespace removed). */
    private static List<String> layout(Table t) {
        List<String> out = new ArrayList<>();
        out.add(t.rows() + "x" + t.cols());
        t.cells().stream().sorted(java.util.Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col))
                .forEach(c -> out.add(c.row() + "," + c.col() + " " + c.rowSpan() + "x" + c.colSpan() + " " + squeeze(c.text())));
        return out;
    }

    private static List<String> compare(String name) throws IOException, ExtractionException {
        RawDocument doc = PdfFixtures.extract(PdfFixtures.sample(name + ".pdf"), PdfFixtures.context(name + ".pdf"));
        JsonNode expected;
        try (InputStream in = SelfevalPdfTablesTest.class.getResourceAsStream("/pdf/selfeval/" + name + ".tables.expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        List<String> diff = new ArrayList<>();
        if (expected.size() != doc.tables().size()) {
            diff.add("tables: expected " + expected.size() + ", got " + doc.tables().size());
        }
        for (int i = 0; i < Math.min(expected.size(), doc.tables().size()); i++) {
            diff.addAll(compare(i, expected.get(i), doc.tables().get(i)));
        }
        return diff;
    }

    static List<String> compare(int index, JsonNode exp, Table got) {
        List<String> diff = new ArrayList<>();
        String t = "table " + index + ": ";
        if (exp.get("rows").asInt() != got.rows() || exp.get("cols").asInt() != got.cols()) {
            diff.add(t + "size expected " + exp.get("rows") + "x" + exp.get("cols") + ", got " + got.rows() + "x" + got.cols());
        }
        for (JsonNode c : exp.get("cells")) {
            int r = c.get(0).asInt();
            int col = c.get(1).asInt();
            String want = c.get(2).asInt() + "x" + c.get(3).asInt() + " " + squeeze(c.get(4).asText());
            String have = got.cells().stream().filter(x -> x.row() == r && x.col() == col).findFirst()
                    .map(x -> x.rowSpan() + "x" + x.colSpan() + " " + squeeze(x.text())).orElse("(none)");
            if (!want.equals(have)) {
                diff.add(t + "r" + r + "c" + col + " expected [" + want + "] got [" + have + "]");
            }
        }
        for (Cell x : got.cells()) {
            boolean known = false;
            for (JsonNode c : exp.get("cells")) {
                known |= c.get(0).asInt() == x.row() && c.get(1).asInt() == x.col();
            }
            if (!known) {
                diff.add(t + "extra cell r" + x.row() + "c" + x.col() + " [" + x.text() + "]");
            }
        }
        return diff;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
