package org.jixiao.extract;

import java.util.List;

import org.jixiao.extract.format.FormatDetector;

/**
 * The default wiring of extractors and stages. Each format package adds its extractor here;
 * stages run in the order listed.
 */
public final class Extractors {
    private Extractors() {
    }

    public static List<BlockExtractor> defaultExtractors() {
        return List.of(new org.jixiao.extract.pdf.PdfExtractor());
    }

    public static List<ReportStage> defaultStages() {
        return List.of();
    }

    public static ReportExtractor defaultExtractor(ExtractLimits limits) {
        return new ReportExtractor(new FormatDetector(), defaultExtractors(), defaultStages(), limits);
    }
}
