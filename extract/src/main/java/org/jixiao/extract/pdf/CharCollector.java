package org.jixiao.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the glyphs of one page with positions (as tabula-java's TextStripper), and in the same
 * pass the ruling lines ({@link PathOperators}). Glyphs whose font has no Unicode mapping (or maps
 * them to U+FFFD) are counted and left out, so they never reach the text as garbage.
 */
final class CharCollector extends PDFTextStripper {
    private final List<TextChar> chars = new ArrayList<>();
    private final PathRecorder paths = new PathRecorder();
    private int unmapped;
    private int glyphs;
    private int invisible;
    private String unmappedFont;
    private PathRecorder.PageFrame frame;

    CharCollector() {
        // LineBuilder orders glyphs itself; PDFBox's position sort would only cost time
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
        PathOperators.register(this, paths);
    }

    /**
     * Reads page {@code pageNumber} (1-based) and returns its glyphs, each in the frame of its own
     * writing direction ({@link TextChar#turn}).
     */
    List<TextChar> collect(PDDocument doc, int pageNumber, PathRecorder.PageFrame frame) throws IOException {
        chars.clear();
        this.frame = frame;
        paths.start(frame);
        unmapped = 0;
        glyphs = 0;
        invisible = 0;
        unmappedFont = null;
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        getText(doc);
        return List.copyOf(chars);
    }

    /** Ruling lines of the last page read. */
    List<Ruling> rulings() {
        return paths.rulings();
    }

    /** Glyphs on the last page read that had no Unicode mapping. */
    /** Share of the last page's glyphs drawn invisibly (render mode 3: an OCR layer over a scan). */
    double invisibleShare() {
        return glyphs == 0 ? 0 : (double) invisible / glyphs;
    }

    int unmappedGlyphs() {
        return unmapped;
    }

    /** A font that lacked the mapping, for the diagnostic. */
    String unmappedFont() {
        return unmappedFont;
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        glyphs++;
        if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
            invisible++;
        }
        // PDFBox silently drops unmappable glyphs of composite fonts; count them first.
        if (!(font instanceof PDSimpleFont) && font.toUnicode(code) == null) {
            noteUnmapped(font);
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition tp : positions) {
            if (isUnmapped(tp) || tp.getUnicode() != null && tp.getUnicode().indexOf('\uFFFD') >= 0) {
                noteUnmapped(tp.getFont());
                continue;
            }
            String u = tp.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            double h = tp.getHeightDir();
            double size = tp.getFontSizeInPt() > 0 ? tp.getFontSizeInPt() : h;
            // CJK fonts often report a tiny glyph height; use the font size so lines overlap properly.
            double height = Math.max(h, size * 0.7);
            // the glyph's box is in the frame of its own writing direction (turn); TextFrames unites them
            int turn = TextFrames.turnOf(tp.getX(), tp.getY(), tp.getXDirAdj(), tp.getYDirAdj(),
                    frame.displayWidth(), frame.displayHeight());
            chars.add(new TextChar(u, tp.getXDirAdj(), tp.getYDirAdj() - height, tp.getWidthDirAdj(), height, size,
                    Double.NaN, turn));
        }
    }

    private static boolean isUnmapped(TextPosition tp) {
        PDFont font = tp.getFont();
        int[] codes = tp.getCharacterCodes();
        if (font == null || codes == null || codes.length != 1) {
            return false;
        }
        return font instanceof PDSimpleFont && font.toUnicode(codes[0]) == null;
    }

    private void noteUnmapped(PDFont font) {
        unmapped++;
        if (unmappedFont == null && font != null) {
            unmappedFont = font.getName();
        }
    }
}
