package org.jixiao.extract.pdf.ocr;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scans of sample reports (test resources pdf/scans: pages rasterised at 150 dpi grey, JPEG, no text
 * layer) read by OCR give the facts of the born-digital pages: a fact counts as found when the scan
 * has one with the same measure, phase, value and page. Every fact of the scan is marked as OCR with
 * a confidence. The goal is 95%; each scan must keep at least its measured share.
 */
class OcrScansIT {
    private static ReportExtractor extractor;
    private static int wanted;
    private static int found;

    @BeforeAll
    static void setUp() {
        assumeTrue(TesseractEngine.find().isPresent(),
                "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim; .ci/run does)");
        extractor = Extractors.defaultExtractor(ExtractLimits.defaults());
    }

    @AfterAll
    static void tearDown() {
        if (extractor != null) {
            extractor.close();
            System.out.printf(Locale.ROOT, "ocr scans: %d of %d born-digital facts found (%.1f%%)%n", found, wanted,
                    100.0 * found / Math.max(1, wanted));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // scan | born-digital sample | its pages | share of its facts the scan must give (measured)
            "000-p2-4-scan.pdf, 000_c5690e2b1ac97a5d.pdf, 2-4, 0.95",
            "003-p1-3-scan.pdf, 003_d7c6b592d197c283.pdf, 1-3, 0.96",
    })
    void scanGivesTheFactsOfThePrintedPages(String scan, String sample, String pages, double atLeast) throws Exception {
        String[] range = pages.split("-");
        byte[] printed = pagesOf(Files.readAllBytes(Path.of("..", "samples", "selfeval", sample)),
                Integer.parseInt(range[0]), Integer.parseInt(range[1]));
        Report digital = extractor.extract(printed, sample, sample);
        byte[] scanned;
        try (InputStream in = OcrScansIT.class.getResourceAsStream("/pdf/scans/" + scan)) {
            assertNotNull(in, scan);
            scanned = in.readAllBytes();
        }
        long t0 = System.nanoTime();
        Report ocr = extractor.extract(scanned, scan, scan);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(ocr.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.OCR_APPLIED), ocr.diagnostics().toString());
        for (Fact f : ocr.facts()) {
            assertTrue(f.provenance().extractor().startsWith("ocr") && f.provenance().confidence() != null,
                    "not marked as OCR: " + f);
        }
        Map<String, Integer> have = new HashMap<>();
        ocr.facts().forEach(f -> have.merge(key(f), 1, Integer::sum));
        int hit = 0;
        for (Fact f : digital.facts()) {
            Integer n = have.get(key(f));
            if (n != null && n > 0) {
                have.put(key(f), n - 1);
                hit++;
            }
        }
        wanted += digital.facts().size();
        found += hit;
        double share = (double) hit / digital.facts().size();
        System.out.printf(Locale.ROOT, "ocr %s: %d of %d born-digital facts (%.1f%%), %d facts read, %.1f s for %d pages%n",
                scan, hit, digital.facts().size(), 100 * share, ocr.facts().size(), seconds,
                Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1);
        assertTrue(digital.facts().size() > 50, "too few facts to compare");
        assertTrue(share + 1e-9 >= atLeast, scan + ": " + share + " < " + atLeast);
    }

    private static String key(Fact f) {
        return f.measure() + "|" + f.phase() + "|" + f.quantity().value().stripTrailingZeros().toPlainString() + "|"
                + f.provenance().page();
    }

    /** Pages {@code from}..{@code to} of a PDF as a PDF of their own (as the scans were made). */
    static byte[] pagesOf(byte[] pdf, int from, int to) throws Exception {
        try (PDDocument src = Loader.loadPDF(pdf); PDDocument out = new PDDocument()) {
            for (int p = from; p <= to; p++) {
                out.importPage(src.getPage(p - 1));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return bytes.toByteArray();
        }
    }

}
