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
import org.jixiao.extract.pdf.table.PageTable;
import org.jixiao.extract.pdf.table.TableRecognizer;
import org.jixiao.extract.pdf.table.TableRecognizers;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Provenance;
import org.jixiao.model.Validate;

/**
 * Born-digital PDFs on PDFBox: per page, tables from the {@link TableRecognizer} and paragraphs from
 * the text outside them, in reading order, with page and box in provenance. Tables continued on the
 * next page are joined into one. Encrypted, corrupt and scanned files end in a typed
 * {@link ExtractionException}; pages past the limit and unmappable fonts are warnings.
 */
public final class PdfExtractor implements BlockExtractor {
    public static final String NAME = "pdf";

    private final TableRecognizer recognizer;

    /** With the default recognizer (ruled tables first, then unruled ones). */
    public PdfExtractor() {
        this(TableRecognizers.standard());
    }

    public PdfExtractor(TableRecognizer recognizer) {
        this.recognizer = Validate.notNullParam(recognizer, "recognizer");
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
            chars += page.chars().size();
            List<PageTable> tables = recognizer.recognize(page);
            pages.add(new PageContent(page, tables));
        }
        if (unreadable > 0 && pages.isEmpty()) {
            throw new ExtractionException(DiagnosticCode.CORRUPT, ctx.fileName() + ": no page could be read");
        }
        if (chars == 0) {
            throw new ExtractionException(DiagnosticCode.SCANNED_NO_TEXT, ctx.fileName()
                    + ": no page has text (a scanned or image-only PDF; OCR is not available)");
        }
        return pages;
    }

    private static Provenance pageProvenance(ExtractContext ctx, int page) {
        return Provenance.ofBlock(ctx.reportId(), null, page, NAME);
    }
}
