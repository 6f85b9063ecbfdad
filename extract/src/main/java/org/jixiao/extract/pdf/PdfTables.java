package org.jixiao.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.pdf.table.PageTable;
import org.jixiao.extract.pdf.table.StreamRecognizer;
import org.jixiao.extract.pdf.table.TableRecognizer;
import org.jixiao.extract.pdf.table.TableRecognizers;
import org.jixiao.model.BBox;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Validate;

/**
 * Tables only, page by page, as tabula-java gives them: for chosen pages and optionally an area.
 * With an area, ruled tables inside it are used when there are any, else the whole area is read as
 * one unruled table (tabula's behaviour when the user draws the box).
 */
public final class PdfTables {
    private final TableRecognizer recognizer;
    private final StreamRecognizer areaReader;

    public PdfTables() {
        this(TableRecognizers.standard(), new StreamRecognizer());
    }

    public PdfTables(TableRecognizer recognizer, StreamRecognizer areaReader) {
        this.recognizer = Validate.notNullParam(recognizer, "recognizer");
        this.areaReader = Validate.notNullParam(areaReader, "areaReader");
    }

    /**
     * The tables on the selected pages.
     *
     * @param pdf      the PDF bytes
     * @param fileName for messages
     * @param pages    which 1-based pages to read
     * @param area     the area to read (top, left, bottom, right in points), or null for the page
     * @param maxPages pages read at most
     */
    public List<PageTable> read(byte[] pdf, String fileName, IntPredicate pages, BBox area, int maxPages)
            throws ExtractionException {
        Validate.notNullParam(pdf, "pdf");
        Validate.notNullParam(pages, "pages");
        PDDocument doc = PdfLoader.load(pdf, fileName);
        try {
            PageReader reader = new PageReader();
            List<PageTable> out = new ArrayList<>();
            int n = Math.min(doc.getNumberOfPages(), maxPages);
            for (int p = 1; p <= n; p++) {
                if (!pages.test(p)) {
                    continue;
                }
                PdfPage page;
                try {
                    page = reader.read(doc, p);
                } catch (IOException | RuntimeException e) {
                    throw new ExtractionException(DiagnosticCode.CORRUPT, fileName + ": page " + p + " cannot be read ("
                            + e.getMessage() + ")", e);
                }
                out.addAll(tables(page, area));
            }
            return out;
        } finally {
            PdfLoader.closeQuietly(doc);
        }
    }

    /** The tables of one page, or of one area of it. */
    public List<PageTable> tables(PdfPage page, BBox area) {
        Validate.notNullParam(page, "page");
        if (area == null) {
            return recognizer.recognize(page).stream().filter(t -> !t.isPiece()).toList();
        }
        PdfPage inside = page.crop(area.top(), area.left(), area.bottom(), area.right());
        List<PageTable> ruled = recognizer.recognize(inside).stream()
                .filter(t -> "lattice".equals(t.method()) && !t.isPiece()).toList();
        if (!ruled.isEmpty()) {
            // an area drawn a little above or below the rules cuts an empty slice off the page
            return ruled.stream().map(PageTable::withoutEmptyEdgeRows).toList();
        }
        PageTable whole = areaReader.fromRegion(inside, area);
        return whole == null ? List.of() : List.of(whole);
    }
}
