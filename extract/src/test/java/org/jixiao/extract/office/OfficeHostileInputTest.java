package org.jixiao.extract.office;

import static org.jixiao.extract.structured.Samples.R000;
import static org.jixiao.extract.structured.Samples.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.Diagnostic;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile Office inputs end as one typed, readable fatal diagnostic through the default wiring. */
class OfficeHostileInputTest {
    private ReportExtractor extractor;
    private byte[] docx;

    @BeforeEach
    void setUp() throws Exception {
        extractor = Extractors.defaultExtractor(ExtractLimits.defaults());
        docx = Files.readAllBytes(selfeval(R000 + ".docx"));
    }

    @AfterEach
    void tearDown() {
        extractor.close();
    }

    private Diagnostic fatal(byte[] bytes, String name) {
        Report r = extractor.extract(bytes, name, "/in/" + name);
        assertTrue(r.failed(), name + " should fail: " + r.diagnostics());
        assertTrue(r.blocks().isEmpty());
        assertEquals(1, r.diagnostics().size());
        Diagnostic d = r.diagnostics().get(0);
        assertTrue(d.message().startsWith(name + ": "), d.message());
        assertFalse(d.message().contains("\tat "), "no stack trace in " + d.message());
        return d;
    }

    @Test
    void encryptedDocxIsEncrypted() throws Exception {
        Diagnostic d = fatal(OfficeFixtures.encrypt(docx, "secret"), "locked.docx");
        assertEquals(DiagnosticCode.ENCRYPTED, d.code());
        assertTrue(d.message().contains("password"), d.message());
    }

    @Test
    void encryptedDocxHandedToDocxExtractorIsEncryptedToo() throws Exception {
        ExtractContext ctx = new ExtractContext("r", "locked.docx", null, ExtractLimits.defaults());
        ExtractionException e = assertThrows(ExtractionException.class, () -> new DocxExtractor()
                .extract(new ByteArrayInputStream(OfficeFixtures.encrypt(docx, "pw")), ctx));
        assertEquals(DiagnosticCode.ENCRYPTED, e.code());
    }

    @Test
    void truncatedDocxIsTruncatedOrCorrupt() {
        Diagnostic half = fatal(Arrays.copyOf(docx, docx.length / 2), "half.docx");
        assertEquals(DiagnosticCode.TRUNCATED, half.code(), half.message());
        Diagnostic head = fatal(Arrays.copyOf(docx, 3000), "head.docx");
        assertTrue(head.code() == DiagnosticCode.TRUNCATED || head.code() == DiagnosticCode.CORRUPT, head.message());
        assertTrue(head.message().contains("truncated"), head.message());
    }

    @Test
    void randomBytesNamedDocxSayTheBytesAreNoWordFile() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        Diagnostic d = fatal(random, "report.docx");
        assertEquals(DiagnosticCode.CORRUPT, d.code());
        assertTrue(d.message().contains("not a Word (DOCX) file"), d.message());
    }

    @Test
    void emptyDocxIsEmpty() {
        assertEquals(DiagnosticCode.EMPTY_FILE, fatal(new byte[0], "empty.docx").code());
    }

    @Test
    void zipBombIsRefusedByTheConfiguredRatio() throws Exception {
        byte[] bomb = OfficeFixtures.withZeroPart(docx, 20 << 20);
        assertTrue(bomb.length < docx.length + 100_000, "the padding compresses to almost nothing");
        Diagnostic d = fatal(bomb, "bomb.docx");
        assertEquals(DiagnosticCode.ZIP_BOMB, d.code(), d.message());

        ExtractLimits lenient = new ExtractLimits(64L << 20, 500, 50_000, 20_000_000, Duration.ofSeconds(60), 100_000);
        try (ReportExtractor relaxed = Extractors.defaultExtractor(lenient)) {
            Report r = relaxed.extract(bomb, "bomb.docx", "bomb.docx");
            assertFalse(r.failed(), "a higher configured ratio lets it through: " + r.diagnostics());
            assertEquals(3, r.tables().size());
        } finally {
            // POI's ratio is JVM-wide: put the default back for the other tests.
            OoxmlPackages.applyZipRatio(new ExtractContext("r", "", null, ExtractLimits.defaults()));
        }
    }
}
