package org.jixiao.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.pdf.table.TableRecognizers;
import org.jixiao.model.DiagnosticCode;
import org.junit.jupiter.api.Test;

/** Scanned pages without an OCR engine: flagged SCANNED_NO_OCR, never read as empty in silence. */
class ScannedPagesTest {
    private static byte[] pdf(boolean withTextPage) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            if (withTextPage) {
                PDPage text = new PDPage();
                doc.addPage(text);
                try (PDPageContentStream cs = new PDPageContentStream(doc, text)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("A page printed as text");
                    cs.endText();
                }
            }
            BufferedImage img = new BufferedImage(1275, 1650, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(Color.BLACK);
            g.drawString("scanned words", 200, 200);
            g.dispose();
            PDPage scan = new PDPage();
            doc.addPage(scan);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, scan)) {
                cs.drawImage(x, 0, 0, scan.getMediaBox().getWidth(), scan.getMediaBox().getHeight());
            }
            doc.save(out);
        }
        return out.toByteArray();
    }

    @Test
    void anImageOnlyPdfWithoutOcrIsScannedNoOcr() throws Exception {
        PdfExtractor noOcr = new PdfExtractor(TableRecognizers.standard(), null);
        ExtractionException e = assertThrows(ExtractionException.class, () -> noOcr.extract(
                new ByteArrayInputStream(pdf(false)), PdfFixtures.context("scan.pdf")));
        assertEquals(DiagnosticCode.SCANNED_NO_OCR, e.code());
        assertTrue(e.getMessage().contains("tesseract"), e.getMessage());
    }

    @Test
    void aScannedPageAmongPrintedOnesIsAWarning() throws Exception {
        ExtractContext ctx = PdfFixtures.context("mixed.pdf");
        new PdfExtractor(TableRecognizers.standard(), null).extract(new ByteArrayInputStream(pdf(true)), ctx);
        assertTrue(ctx.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.SCANNED_NO_OCR && !d.fatal()
                && d.message().contains("[2]")), ctx.diagnostics().toString());
    }
}
