package org.jixiao.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

class PdfExtractorTest {
    private static final String R000 = "000_c5690e2b1ac97a5d.pdf";

    @Test
    void paragraphsHavePagesBoxesAndNoSpacesBetweenChineseCharacters() throws Exception {
        RawDocument doc = PdfFixtures.extract(PdfFixtures.sample(R000), PdfFixtures.context(R000));
        assertEquals(13, doc.pageCount());
        Block title = doc.blocks().get(0);
        assertEquals("b0", title.id());
        assertEquals("2025年度湖南省人力资源和社会保障厅", title.text());
        assertEquals(1, title.provenance().page());
        assertNotNull(title.provenance().bbox());
        assertEquals("pdf", title.provenance().extractor());
        Block staff = doc.blocks().stream().filter(b -> b.text().startsWith("我厅现有人员编制数371名")).findFirst()
                .orElseThrow();
        assertEquals(2, staff.provenance().page());
        assertTrue(staff.text().endsWith("在职人员控制率93.28%。"), staff.text());
        for (int i = 0; i < doc.blocks().size(); i++) {
            assertEquals("b" + i, doc.blocks().get(i).id());
            assertFalse(doc.blocks().get(i).text().matches(".*\\p{IsHan} \\p{IsHan}.*"), doc.blocks().get(i).text());
        }
    }

    @Test
    void paragraphBrokenByAPageIsOneBlock() throws Exception {
        RawDocument doc = PdfFixtures.extract(PdfFixtures.sample(R000), PdfFixtures.context(R000));
        Block b = doc.blocks().stream().filter(x -> x.text().startsWith("11.承担有关表彰奖励")).findFirst().orElseThrow();
        assertTrue(b.text().endsWith("承担为民办实事统筹协调工作。"), b.text());
        assertEquals(1, b.provenance().page());
    }

    @Test
    void tablesSitInReadingOrderWithCaptionUnitAndProvenance() throws Exception {
        RawDocument doc = PdfFixtures.extract(PdfFixtures.sample(R000), PdfFixtures.context(R000));
        assertEquals(3, doc.tables().size());
        Table t0 = doc.tables().get(0);
        assertEquals("表1基本支出资金明细表", t0.caption());
        assertEquals("单位：万元", t0.unitLine());
        assertEquals(List.of(3), t0.pages());
        assertEquals("lattice", t0.method());
        Block tableBlock = doc.blocks().stream().filter(b -> b.type() == BlockType.TABLE).findFirst().orElseThrow();
        assertEquals("t0", tableBlock.tableId());
        Block before = doc.blocks().get(Integer.parseInt(tableBlock.id().substring(1)) - 1);
        assertEquals("单位：万元", before.text());
        var cell = t0.cellAt(9, 5).orElseThrow();
        assertEquals("14,344.80", cell.text());
        assertEquals(3, cell.provenance().page());
        assertEquals("t0", cell.provenance().tableId());
        assertEquals(9, cell.provenance().row());
        assertNotNull(cell.provenance().bbox());
        assertEquals(List.of(5, 6, 7), doc.tables().get(2).pages());
    }

    @Test
    void encryptedWithUserPasswordIsTyped() throws Exception {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> PdfFixtures.extract(PdfFixtures.resource("tabula/encrypted.pdf"), PdfFixtures.context("encrypted.pdf")));
        assertEquals(DiagnosticCode.ENCRYPTED, e.code());
        assertTrue(e.getMessage().contains("encrypted.pdf") && e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void emptyRandomAndTruncatedFilesAreTyped() throws Exception {
        assertEquals(DiagnosticCode.EMPTY_FILE, assertThrows(ExtractionException.class,
                () -> PdfFixtures.extract(new byte[0], PdfFixtures.context("e.pdf"))).code());
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertEquals(DiagnosticCode.CORRUPT, assertThrows(ExtractionException.class,
                () -> PdfFixtures.extract(random, PdfFixtures.context("r.pdf"))).code());
        byte[] whole = PdfFixtures.sample(R000);
        byte[] cut = Arrays.copyOf(whole, 2000);
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> PdfFixtures.extract(cut, PdfFixtures.context("cut.pdf")));
        assertTrue(e.code() == DiagnosticCode.CORRUPT || e.code() == DiagnosticCode.SCANNED_NO_TEXT, e.code().name());
    }

    @Test
    void pagesBeyondTheLimitAreATruncatedWarning() throws Exception {
        ExtractLimits limits = new ExtractLimits(64L << 20, 2, 50_000, 1_000_000, Duration.ofSeconds(60), 100);
        ExtractContext ctx = new ExtractContext("rid", R000, "application/pdf", limits);
        RawDocument doc = PdfFixtures.extract(PdfFixtures.sample(R000), ctx);
        assertEquals(2, doc.blocks().stream().mapToInt(b -> b.provenance().page()).max().orElse(0));
        assertTrue(ctx.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.TRUNCATED && !d.fatal()));
    }

    @Test
    void pagesWithoutTextAreScanned() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(100, 100, 200, 200);
                cs.fill();
            }
            doc.save(out);
        }
        assertEquals(DiagnosticCode.SCANNED_NO_TEXT, assertThrows(ExtractionException.class,
                () -> PdfFixtures.extract(out.toByteArray(), PdfFixtures.context("scan.pdf"))).code());
    }

    /** no-tounicode.pdf: a Helvetica line and an embedded DejaVu subset whose ToUnicode map was removed. */
    @Test
    void glyphsWithoutUnicodeAreAWarningNotGarbage() throws Exception {
        ExtractContext ctx = PdfFixtures.context("no-tounicode.pdf");
        RawDocument doc = PdfFixtures.extract(PdfFixtures.resource("no-tounicode.pdf"), ctx);
        assertEquals(List.of("Readable line"), doc.blocks().stream().map(Block::text).toList());
        assertTrue(ctx.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.MISSING_UNICODE_MAP && !d.fatal()
                && d.provenance().page() == 1 && d.message().contains("DejaVuSans")), ctx.diagnostics().toString());
    }

    @Test
    void oddFixturesDoNotCrash() throws IOException, ExtractionException {
        for (String name : List.of("rotated_page.pdf", "china.pdf")) {
            RawDocument doc = PdfFixtures.extract(PdfFixtures.resource("tabula/" + name), PdfFixtures.context(name));
            assertFalse(doc.blocks().isEmpty(), name);
        }
    }
}
