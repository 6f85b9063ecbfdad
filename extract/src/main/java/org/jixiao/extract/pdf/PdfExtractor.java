package org.jixiao.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.extract.BlockExtractor;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.format.MediaTypes;
import org.jixiao.extract.pdf.ocr.OcrEngine;
import org.jixiao.extract.pdf.ocr.OcrException;
import org.jixiao.extract.pdf.ocr.OcrPageReader;
import org.jixiao.extract.pdf.ocr.TesseractEngine;
import org.jixiao.extract.pdf.table.PageTable;
import org.jixiao.extract.pdf.table.TableRecognizer;
import org.jixiao.extract.pdf.table.TableRecognizers;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Provenance;
import org.jixiao.model.Validate;

/**
 * Born-digital PDFs on PDFBox: per page, tables from the {@link TableRecognizer} and paragraphs from
 * the text outside them, in reading order, with page and box in provenance. Tables continued on the
 * next page are joined into one. Pages without a usable text layer (scans) are read by OCR when an
 * engine is installed ({@link OcrPageReader}; their text and figures carry the engine's confidence)
 * and flagged SCANNED_NO_OCR when not. Encrypted and corrupt files end in a typed
 * {@link ExtractionException}; pages past the limit and unmappable fonts are warnings.
 */
public final class PdfExtractor implements BlockExtractor {
    public static final String NAME = "pdf";

    private final TableRecognizer recognizer;
    /** Null when no OCR engine is installed. */
    private final OcrPageReader ocr;

    /** With the default recognizer (ruled tables first, then unruled ones) and tesseract when installed. */
    public PdfExtractor() {
        this(TableRecognizers.standard(), TesseractEngine.find().orElse(null));
    }

    public PdfExtractor(TableRecognizer recognizer) {
        this(recognizer, TesseractEngine.find().orElse(null));
    }

    /** @param ocr the engine for scanned pages, or null to flag them instead */
    public PdfExtractor(TableRecognizer recognizer, OcrEngine ocr) {
        this.recognizer = Validate.notNullParam(recognizer, "recognizer");
        this.ocr = ocr == null ? null : new OcrPageReader(ocr);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(String mediaType) {
        return MediaTypes.PDF.equals(mediaType);
    }

    @Override
    public RawDocument extract(InputStream in, ExtractContext ctx) throws ExtractionException, IOException {
        Validate.notNullParam(in, "in");
        Validate.notNullParam(ctx, "ctx");
        byte[] bytes = PdfLoader.readBounded(in, ctx.limits().maxBytes(), ctx.fileName());
        PDDocument doc = PdfLoader.load(bytes, ctx.fileName());
        try {
            List<PageContent> pages = readPages(doc, ctx);
            return new DocumentAssembler(ctx.reportId()).assemble(pages);
        } finally {
            PdfLoader.closeQuietly(doc);
        }
    }

    private List<PageContent> readPages(PDDocument doc, ExtractContext ctx) throws ExtractionException {
        int total = doc.getNumberOfPages();
        int max = ctx.limits().maxPages();
        if (total > max) {
            ctx.warn(DiagnosticCode.TRUNCATED, ctx.fileName() + ": " + total + " pages, only the first " + max
                    + " were read (page limit)", null);
        }
        PageReader reader = new PageReader();
        List<PageContent> pages = new ArrayList<>();
        ScanLog scans = new ScanLog();
        int chars = 0;
        int unreadable = 0;
        for (int n = 1; n <= Math.min(total, max); n++) {
            ctx.checkDeadline();
            PdfPage page;
            try {
                page = reader.read(doc, n);
            } catch (IOException | RuntimeException e) {
                unreadable++;
                ctx.warn(DiagnosticCode.CORRUPT, ctx.fileName() + ": page " + n + " cannot be read ("
                        + e.getMessage() + ")", pageProvenance(ctx, n));
                continue;
            }
            if (reader.unmappedGlyphs() > 0) {
                ctx.warn(DiagnosticCode.MISSING_UNICODE_MAP, ctx.fileName() + ": page " + n + ": "
                        + reader.unmappedGlyphs() + " glyphs of font " + reader.unmappedFont()
                        + " have no Unicode mapping (no ToUnicode map); they were left out", pageProvenance(ctx, n));
            }
            if (reader.scanned()) {
                page = ocrPage(doc, page, ctx, scans);
            }
            chars += page.chars().size();
            List<PageTable> tables = recognizer.recognize(page);
            pages.add(new PageContent(page, tables));
        }
        if (unreadable > 0 && pages.isEmpty()) {
            throw new ExtractionException(DiagnosticCode.CORRUPT, ctx.fileName() + ": no page could be read");
        }
        scans.report(ctx, ocr);
        if (chars == 0) {
            throw new ExtractionException(scans.unread.isEmpty() ? DiagnosticCode.SCANNED_NO_TEXT
                    : DiagnosticCode.SCANNED_NO_OCR, ctx.fileName() + ": no page has text (a scanned or image-only PDF"
                    + (ocr == null ? "; OCR is not available: install tesseract-ocr and tesseract-ocr-chi-sim)" : ")"));
        }
        return pages;
    }

    /** The scanned page read by OCR, or as it is (flagged) when there is no engine or it fails. */
    private PdfPage ocrPage(PDDocument doc, PdfPage page, ExtractContext ctx, ScanLog scans) {
        if (ocr == null || scans.engineFailed) {
            scans.unread.add(page.number());
            return page;
        }
        try {
            PdfPage read;
            // one engine per extractor, and tesseract is not thread-safe
            synchronized (ocr) {
                read = ocr.read(doc, page.number(), page.width(), page.height());
            }
            scans.read.add(page.number());
            read.chars().forEach(c -> scans.confidence += c.confidence());
            scans.glyphs += read.chars().size();
            return read;
        } catch (OcrException e) {
            scans.engineFailed = true;
            scans.failure = e.getMessage();
        } catch (IOException | RuntimeException e) {
            ctx.warn(DiagnosticCode.CORRUPT, ctx.fileName() + ": page " + page.number()
                    + " cannot be rendered for OCR (" + e.getMessage() + ")", pageProvenance(ctx, page.number()));
        }
        scans.unread.add(page.number());
        return page;
    }

    /** Which scanned pages were read by OCR and which not, reported once per document. */
    private static final class ScanLog {
        final List<Integer> read = new ArrayList<>();
        final List<Integer> unread = new ArrayList<>();
        boolean engineFailed;
        String failure;
        double confidence;
        int glyphs;

        void report(ExtractContext ctx, OcrPageReader ocr) {
            if (!read.isEmpty()) {
                ctx.warn(DiagnosticCode.OCR_APPLIED, String.format(java.util.Locale.ROOT,
                        "%s: scanned pages %s read by %s at %d dpi, mean confidence %.0f", ctx.fileName(), read,
                        ocr.engineName(), OcrPageReader.DPI, glyphs == 0 ? 0 : confidence / glyphs), null);
            }
            if (!unread.isEmpty()) {
                ctx.warn(DiagnosticCode.SCANNED_NO_OCR, ctx.fileName() + ": scanned pages " + unread
                        + " have no usable text layer and were not read: " + (ocr == null
                        ? "no OCR engine (install tesseract-ocr and tesseract-ocr-chi-sim)" : "OCR failed: " + failure),
                        null);
            }
        }
    }

    private static Provenance pageProvenance(ExtractContext ctx, int page) {
        return Provenance.ofBlock(ctx.reportId(), null, page, NAME);
    }
}
