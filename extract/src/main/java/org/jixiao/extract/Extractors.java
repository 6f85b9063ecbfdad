package org.jixiao.extract;

import java.util.List;

import org.jixiao.extract.figures.FigureStages;
import org.jixiao.extract.format.FormatDetector;

/**
 * The default wiring of extractors and stages. Each format package adds its extractor here;
 * stages run in the order listed.
 */
public final class Extractors {
    private Extractors() {
    }

    public static List<BlockExtractor> defaultExtractors() {
        return List.of();
    }

    public static List<ReportStage> defaultStages() {
        List<ReportStage> stages = new java.util.ArrayList<>();
        // figures: metadata, facts, indicators (after the structure stage)
        stages.addAll(FigureStages.create());
        return List.copyOf(stages);
    }

    public static ReportExtractor defaultExtractor(ExtractLimits limits) {
        return new ReportExtractor(new FormatDetector(), defaultExtractors(), defaultStages(), limits);
    }
}
