package org.jixiao.extract;

import java.util.List;

import org.jixiao.extract.figures.FigureStages;
import org.jixiao.extract.format.FormatDetector;
import org.jixiao.extract.html.HtmlExtractor;
import org.jixiao.extract.office.DocExtractor;
import org.jixiao.extract.office.DocxExtractor;
import org.jixiao.extract.office.GenericOoxmlExtractor;
import org.jixiao.extract.office.SpreadsheetExtractor;
import org.jixiao.extract.pdf.PdfExtractor;
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
        return List.of(new TextDumpExtractor(), new DocxExtractor(), new DocExtractor(), new GenericOoxmlExtractor(),
                new HtmlExtractor(), SpreadsheetExtractor.xlsx(), SpreadsheetExtractor.xls(), new PdfExtractor());
    }

    public static List<ReportStage> defaultStages() {
        List<ReportStage> stages = new java.util.ArrayList<>();
        stages.add(new SectionStage());
        // figures: metadata, facts, indicators (after the structure stage)
        stages.addAll(FigureStages.create());
        return List.copyOf(stages);
    }

    public static ReportExtractor defaultExtractor(ExtractLimits limits) {
        return new ReportExtractor(new FormatDetector(), defaultExtractors(), defaultStages(), limits);
    }
}
