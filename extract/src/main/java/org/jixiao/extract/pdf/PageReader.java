package org.jixiao.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Reads one page of a loaded document into a {@link PdfPage}: glyphs and ruling lines. */
public final class PageReader {
    private final CharCollector chars = new CharCollector();
    private int unmappedGlyphs;
    private String unmappedFont;

    /**
     * Reads page {@code number} (1-based).
     *
     * @throws IOException when PDFBox cannot parse the page content
     */
    public PdfPage read(PDDocument doc, int number) throws IOException {
        PDPage page = doc.getPage(number - 1);
        PDRectangle crop = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        PathRecorder.PageFrame frame = new PathRecorder.PageFrame(crop, rotation);
        List<TextChar> glyphs = chars.collect(doc, number, frame);
        unmappedGlyphs = chars.unmappedGlyphs();
        unmappedFont = chars.unmappedFont();
        List<Ruling> rulings = chars.rulings();
        return new PdfPage(number, frame.displayWidth(), frame.displayHeight(), new ArrayList<>(glyphs), rulings);
    }

    /** Glyphs on the last page read that had no Unicode mapping and were left out. */
    public int unmappedGlyphs() {
        return unmappedGlyphs;
    }

    /** The font of the first unmapped glyph on the last page read, or null. */
    public String unmappedFont() {
        return unmappedFont;
    }
}
