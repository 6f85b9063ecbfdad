package org.jixiao.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.jixiao.extract.BlockExtractor;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ExtractionException;
import org.jixiao.model.DiagnosticCode;
import org.junit.jupiter.api.Test;

/**
 * Regressions found by the Jazzer fuzz tests (module fuzz, profile fuzz): each input that crashed
 * an extractor, with the typed diagnostic it gets now.
 */
class FuzzFindingsTest {
    /** Empty input: POI's FileMagic threw its unchecked EmptyFileException out of the extractor. */
    @Test
    void emptyInputIsEmptyFileForEveryOfficeExtractor() {
        for (BlockExtractor ex : List.of(new DocxExtractor(), SpreadsheetExtractor.xlsx(), SpreadsheetExtractor.xls(),
                new GenericOoxmlExtractor())) {
            ExtractContext ctx = new ExtractContext("r", "empty", null, ExtractLimits.defaults());
            ExtractionException e = assertThrows(ExtractionException.class,
                    () -> ex.extract(new ByteArrayInputStream(new byte[0]), ctx), ex.name());
            assertEquals(DiagnosticCode.EMPTY_FILE, e.code(), ex.name());
        }
    }
}
