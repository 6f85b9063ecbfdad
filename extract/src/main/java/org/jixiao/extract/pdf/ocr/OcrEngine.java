package org.jixiao.extract.pdf.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/** Reads the words of a page image. */
public interface OcrEngine {
    /** A short name for diagnostics ("tesseract 5 chi_sim+eng"). */
    String name();

    /**
     * The words of the image with their boxes, in reading order.
     *
     * @param dpi the image's resolution, so the engine need not guess it
     * @throws OcrException when the engine fails on this image
     */
    List<OcrWord> read(BufferedImage image, int dpi) throws OcrException;

    /**
     * Reads one figure again inside {@code box} (pixels) as a single line of digits, commas, points,
     * minus and percent signs; null when the engine cannot or reads nothing.
     */
    default OcrWord readFigure(BufferedImage image, java.awt.Rectangle box, int dpi) throws OcrException {
        return null;
    }
}
