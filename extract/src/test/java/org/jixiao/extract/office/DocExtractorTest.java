package org.jixiao.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.format.MediaTypes;
import org.jixiao.model.Block;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.junit.jupiter.api.Test;

/**
 * Legacy .doc: the corpus has no .doc file and POI cannot write one, so the XHTML mapping is tested
 * on the shape Tika's WordExtractor writes, and the binary path on hostile bytes.
 */
class DocExtractorTest {
    private static final String TIKA_XHTML = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
            + "<meta name=\"Content-Type\" content=\"application/msword\"/><title/></head><body>"
            + "<p class=\"heading_1\">一、部门基本情况</p><p>（一）主要职能</p><p/>"
            + "<table><tbody><tr><td><p>序号</p></td><td><p>单位名称</p></td><td><p>决算支出</p></td></tr>"
            + "<tr><td><p>1</p></td><td><p>厅本级</p><p>（机关）</p></td><td><p>7,213.19</p></td></tr>"
            + "</tbody></table><p>表后说明</p></body></html>";

    @Test
    void tikaXhtmlBecomesBlocksAndTables() throws Exception {
        DocExtractor doc = new DocExtractor();
        assertTrue(doc.supports(MediaTypes.DOC));
        RawDocument raw = doc.fromXhtml(TIKA_XHTML, new ExtractContext("r", "a.doc", MediaTypes.DOC, ExtractLimits.defaults()));
        assertEquals(List.of("一、部门基本情况", "（一）主要职能", "序号\t单位名称\t决算支出\n1\t厅本级（机关）\t7,213.19", "表后说明"),
                raw.blocks().stream().map(Block::text).toList());
        Table t = raw.tables().get(0);
        assertEquals("doc", t.method());
        assertEquals(2, t.rows());
        assertEquals(3, t.cols());
        assertEquals("7,213.19", t.text(1, 2));
        assertEquals("doc", t.cellAt(1, 2).orElseThrow().provenance().extractor());
        assertEquals("b2", t.cellAt(1, 2).orElseThrow().provenance().blockId());
    }

    @Test
    void bytesThatAreNoWordFileGiveATypedDiagnostic() {
        byte[] random = new byte[3000];
        new Random(3).nextBytes(random);
        try (ReportExtractor rx = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            Report r = rx.extract(random, "报告.doc", "报告.doc");
            assertTrue(r.failed());
            assertEquals(DiagnosticCode.CORRUPT, r.diagnostics().get(0).code());
            assertTrue(r.diagnostics().get(0).message().contains("not a Word 97-2003 (DOC) file"),
                    r.diagnostics().get(0).message());
        }
    }
}
