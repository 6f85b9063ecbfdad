package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.jixiao.extract.format.FormatDetector;
import org.jixiao.model.Block;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.junit.jupiter.api.Test;

class ReportExtractorTest {
    private static final ExtractLimits FAST = new ExtractLimits(1 << 20, 10, 100, 10_000, Duration.ofMillis(300), 100);

    /** A test double that reads text/plain as one paragraph per line, or misbehaves on request. */
    private record LineExtractor(String mode) implements BlockExtractor {
        @Override
        public String name() {
            return "lines";
        }

        @Override
        public boolean supports(String mediaType) {
            return mediaType.equals("text/plain");
        }

        @Override
        public RawDocument extract(InputStream in, ExtractContext ctx) throws ExtractionException, java.io.IOException {
            if (mode.equals("throw")) {
                throw new IllegalStateException("boom");
            }
            while (mode.equals("spin")) {
                ctx.checkDeadline();
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Block> blocks = new java.util.ArrayList<>();
            for (String l : lines) {
                String id = "b" + blocks.size();
                blocks.add(Block.paragraph(id, l, Provenance.ofBlock(ctx.reportId(), id, null, name())));
            }
            return new RawDocument(blocks, List.of(), 0);
        }
    }

    private static ReportExtractor extractor(String mode) {
        return new ReportExtractor(new FormatDetector(), List.of(new LineExtractor(mode)), List.of(), FAST);
    }

    private static Report run(String mode, byte[] bytes, String name) {
        try (ReportExtractor ex = extractor(mode)) {
            return ex.extract(bytes, name, name);
        }
    }

    @Test
    void readsASupportedDocumentAndIdsItByItsBytes() {
        byte[] bytes = "第一行\n第二行".getBytes(StandardCharsets.UTF_8);
        Report r = run("ok", bytes, "a.txt");
        assertEquals(ReportExtractor.sha256(bytes), r.id());
        assertEquals(2, r.blocks().size());
        assertEquals(r.id(), r.blocks().get(1).provenance().reportId());
        assertEquals("text/plain", r.source().mediaType());
        assertTrue(!r.failed());
    }

    @Test
    void emptyAndUnknownFilesGiveTypedDiagnostics() {
        assertEquals(DiagnosticCode.EMPTY_FILE, run("ok", new byte[0], "e.pdf").diagnostics().get(0).code());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        Report r = run("ok", png, "scan.png");
        assertTrue(r.failed());
        assertEquals(DiagnosticCode.UNSUPPORTED_FORMAT, r.diagnostics().get(0).code());
        assertTrue(r.diagnostics().get(0).message().contains("scan.png"));
    }

    @Test
    void aCrashingExtractorBecomesACorruptDiagnostic() {
        Report r = run("throw", "x".getBytes(StandardCharsets.UTF_8), "x.txt");
        assertEquals(DiagnosticCode.CORRUPT, r.diagnostics().get(0).code());
        assertTrue(r.diagnostics().get(0).message().contains("boom"));
    }

    @Test
    void aSlowExtractorTimesOut() {
        long t0 = System.nanoTime();
        Report r = run("spin", "x".getBytes(StandardCharsets.UTF_8), "x.txt");
        assertEquals(DiagnosticCode.TIMEOUT, r.diagnostics().get(0).code());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 3_000, "bounded by the limit");
    }

    @Test
    void stagesMustFindWhatTheyNeed() {
        ReportStage needsFacts = new ReportStage() {
            @Override
            public String name() {
                return "needs-facts";
            }

            @Override
            public Set<Requirement> requires() {
                return Set.of(Requirement.FACTS);
            }

            @Override
            public Set<Requirement> provides() {
                return Set.of(Requirement.INDICATORS);
            }

            @Override
            public Report apply(Report report, ExtractContext ctx) {
                return report;
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportExtractor.checkStageOrder(List.of(needsFacts)));
        assertTrue(e.getMessage().contains("FACTS"));
    }
}
