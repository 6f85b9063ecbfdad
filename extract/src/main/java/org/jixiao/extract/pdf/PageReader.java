package org.jixiao.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Reads one page of a loaded document into a {@link PdfPage}: glyphs and ruling lines. */
public final class PageReader {
    private final CharCollector chars = new CharCollector();
    private int unmappedGlyphs;
    private boolean scanned;
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
        scanned = glyphs.isEmpty() && hasLargeImage(page) || chars.invisibleShare() >= 0.8 && hasLargeImage(page);
        TextFrames.Framed framed = TextFrames.frame(glyphs, rulings, frame.displayWidth(), frame.displayHeight());
        return new PdfPage(number, framed.width(), framed.height(), new ArrayList<>(framed.chars()), framed.rulings());
    }

    /**
     * True when the last page read is a scan: a page-sized image with no text, or with only an
     * invisible text layer (another program's OCR, often poor: 20I5 for 2015), which is read again.
     */
    public boolean scanned() {
        return scanned;
    }

    /** An image of at least a megapixel among the page's resources (a scan at 150 dpi or more). */
    private static boolean hasLargeImage(PDPage page) {
        PDResources res = page.getResources();
        if (res == null) {
            return false;
        }
        for (COSName name : res.getXObjectNames()) {
            try {
                if (res.getXObject(name) instanceof PDImageXObject img
                        && (long) img.getWidth() * img.getHeight() >= 1_000_000L) {
                    return true;
                }
            } catch (IOException e) {
                // an unreadable XObject is no evidence of a scan
            }
        }
        return false;
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
