package org.jixiao.extract.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.model.BBox;
import org.jixiao.model.Provenance;

/**
 * Marks what was read by OCR: a paragraph, line or cell made of OCR glyphs gets extractor "ocr" and
 * the lowest confidence of its words, so every figure read from a scan says so and how sure it is.
 */
final class OcrMarks {
    static final String EXTRACTOR = "ocr";

    private final Map<Integer, List<TextChar>> byPage = new HashMap<>();

    /** Remembers the OCR glyphs of a page. */
    void add(PdfPage page) {
        for (TextChar c : page.chars()) {
            if (c.isOcr()) {
                byPage.computeIfAbsent(page.number(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** The provenance marked as OCR when glyphs of the box on that page were read by OCR. */
    Provenance mark(Provenance p, int page, BBox box) {
        List<TextChar> chars = byPage.get(page);
        if (chars == null || box == null) {
            return p;
        }
        List<TextChar> in = new ArrayList<>();
        for (TextChar c : chars) {
            if (c.centerX() >= box.left() - 1 && c.centerX() <= box.right() + 1 && c.centerY() >= box.top() - 1
                    && c.centerY() <= box.bottom() + 1) {
                in.add(c);
            }
        }
        return mark(p, in);
    }

    /** The provenance marked as OCR when any of the glyphs was read by OCR. */
    static Provenance mark(Provenance p, List<TextChar> chars) {
        double min = Double.NaN;
        for (TextChar c : chars) {
            if (c.isOcr() && !(c.confidence() >= min)) {
                min = c.confidence();
            }
        }
        return Double.isNaN(min) ? p : p.withExtractor(EXTRACTOR).withConfidence(Math.round(min * 10) / 10.0);
    }
}
