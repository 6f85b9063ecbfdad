package org.jixiao.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;

import org.jixiao.extract.BlockExtractor;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.format.MediaTypes;
import org.jixiao.extract.html.HtmlExtractor;
import org.jixiao.extract.office.DocxExtractor;
import org.jixiao.extract.office.SpreadsheetExtractor;
import org.jixiao.extract.pdf.PdfExtractor;
import org.jixiao.extract.pdf.table.TableRecognizers;
import org.jixiao.extract.text.TextDumpExtractor;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every extractor on hostile bytes. A document may be refused, with a typed
 * {@link ExtractionException} (or an IOException, which the report extractor turns into a typed
 * diagnostic); anything else escaping (a RuntimeException, an Error, a hang past Jazzer's timeout)
 * is a crash, to be fixed and kept as a regression fixture in the extract module's tests. Seeds:
 * corpus files in ExtractorFuzzTestInputs/&lt;method&gt;/. Run (README.md): JAZZER_FUZZ=1 mvn -Pfuzz
 * -pl fuzz -am test -Dtest=ExtractorFuzzTest#pdf -Djazzer.max_duration=60s.
 */
class ExtractorFuzzTest {
    /** Small bounds: a fuzzed document gets 5 s and 20 pages, as a batch would give a hostile one. */
    private static final ExtractLimits LIMITS = new ExtractLimits(8L << 20, 20, 20_000, 2_000_000,
            Duration.ofSeconds(5), 100.0);

    // OCR off: a fuzzed page image would only measure tesseract
    private final BlockExtractor pdf = new PdfExtractor(TableRecognizers.standard(), null);
    private final BlockExtractor docx = new DocxExtractor();
    private final BlockExtractor xlsx = SpreadsheetExtractor.xlsx();
    private final BlockExtractor xls = SpreadsheetExtractor.xls();
    private final BlockExtractor html = new HtmlExtractor();
    private final BlockExtractor text = new TextDumpExtractor();

    @FuzzTest(maxDuration = "60s")
    void pdf(byte[] input) {
        run(pdf, MediaTypes.PDF, input);
    }

    @FuzzTest(maxDuration = "60s")
    void docx(byte[] input) {
        run(docx, MediaTypes.DOCX, input);
    }

    @FuzzTest(maxDuration = "60s")
    void xlsx(byte[] input) {
        run(xlsx, MediaTypes.XLSX, input);
    }

    @FuzzTest(maxDuration = "60s")
    void xls(byte[] input) {
        run(xls, MediaTypes.XLS, input);
    }

    @FuzzTest(maxDuration = "60s")
    void html(byte[] input) {
        run(html, MediaTypes.HTML, input);
    }

    @FuzzTest(maxDuration = "60s")
    void text(byte[] input) {
        run(text, MediaTypes.TEXT, input);
    }

    private static void run(BlockExtractor ex, String mediaType, byte[] input) {
        ExtractContext ctx = new ExtractContext("fuzz", "fuzz", mediaType, LIMITS);
        try {
            ex.extract(new ByteArrayInputStream(input), ctx);
        } catch (ExtractionException | IOException e) {
            // refused with a reason: what a hostile document should get
        }
    }
}
