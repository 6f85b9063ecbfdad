package org.jixiao.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.format.FormatDetector;
import org.jixiao.model.Report;
import org.jixiao.model.Section;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same report gives the same section tree (titles and levels) from every format. */
class SectionsAcrossFormatsTest {
    private static final Path SAMPLES = Path.of("../samples/selfeval");
    private static ReportExtractor extractor;

    @BeforeAll
    static void open() {
        // only the structure stage: the figure stages are not under test here and load large models
        extractor = new ReportExtractor(new FormatDetector(), Extractors.defaultExtractors(), List.of(new SectionStage()),
                ExtractLimits.defaults());
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    private static List<String> outline(String file) {
        Report r = extractor.extract(SAMPLES.resolve(file));
        assertFalse(r.failed(), file + ": " + r.diagnostics());
        List<String> lines = new ArrayList<>();
        flatten(r.sections(), lines);
        return lines;
    }

    private static void flatten(List<Section> sections, List<String> out) {
        for (Section s : sections) {
            out.add(s.level() + " " + s.title());
            flatten(s.children(), out);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_c5690e2b1ac97a5d", "003_d7c6b592d197c283"})
    void sameTreeInTxtDocxHtmlAndPdf(String report) {
        List<String> txt = outline(report + ".txt");
        assertEquals(report.startsWith("000") ? 38 : 23, txt.size(), txt.toString());
        for (String ext : List.of("docx", "html", "pdf")) {
            assertEquals(txt, outline(report + "." + ext), ext);
        }
    }
}
