package org.jixiao.extract;

import java.util.List;

import org.jixiao.extract.format.FormatDetector;
import org.jixiao.extract.structure.SectionStage;
import org.jixiao.extract.text.TextDumpExtractor;

/**
 * The default wiring of extractors and stages. Each format package adds its extractor here;
 * stages run in the order listed.
 */
public final class Extractors {
    private Extractors() {
    }

    public static List<BlockExtractor> defaultExtractors() {
        return List.of(new TextDumpExtractor());
    }

    public static List<ReportStage> defaultStages() {
        return List.of(new SectionStage());
    }

    public static ReportExtractor defaultExtractor(ExtractLimits limits) {
        return new ReportExtractor(new FormatDetector(), defaultExtractors(), defaultStages(), limits);
    }
}
