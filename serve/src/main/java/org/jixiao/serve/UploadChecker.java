package org.jixiao.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jixiao.model.Diagnostic;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Validate;

/**
 * {@code POST /api/check}: one uploaded document through the extractor (format sniffed from the
 * bytes by Tika, under the extraction limits) and the checker; nothing is indexed or kept.
 * Extraction is heavy, so only a few run at once and a request that cannot get a turn soon is
 * told to retry (503) rather than queued without bound.
 */
public final class UploadChecker {
    /** Seconds a request waits for an extraction slot before 503. */
    static final long WAIT_SECONDS = 30;
    private final ReportStore.Extractor extractor;
    private final Function<Report, List<Finding>> checker;
    private final Views views;
    private final Semaphore slots;

    public UploadChecker(ReportStore.Extractor extractor, Function<Report, List<Finding>> checker, Views views,
                         int concurrent) {
        this.extractor = Validate.notNullParam(extractor, "extractor");
        this.checker = Validate.notNullParam(checker, "checker");
        this.views = Validate.notNullParam(views, "views");
        this.slots = new Semaphore(concurrent);
    }

    /** The report's metadata, facts and findings; an {@link ApiException} when it cannot be read. */
    public Map<String, Object> check(byte[] bytes, String fileName) throws IOException {
        Report r = extract(bytes, fileName);
        List<Finding> findings = checker.apply(r);
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("id", r.id());
        report.put("fileName", fileName);
        report.put("mediaType", r.source() == null ? null : r.source().mediaType());
        report.put("size", bytes.length);
        report.put("department", r.meta().department());
        report.put("region", r.meta().region());
        report.put("level", r.meta().level());
        report.put("year", r.meta().fiscalYear());
        report.put("kind", r.meta().kind());
        report.put("title", r.meta().title());
        report.put("blocks", r.blocks().size());
        report.put("tables", r.tables().size());
        out.put("report", report);
        out.put("diagnostics", r.diagnostics().stream().map(d -> d.code().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + d.message()).toList());
        List<Map<String, Object>> fs = new ArrayList<>();
        for (Finding f : findings) {
            fs.add(views.finding(r, f));
        }
        out.put("findings", fs);
        List<Map<String, Object>> facts = new ArrayList<>();
        for (Fact f : r.facts()) {
            facts.add(fact(f));
        }
        out.put("facts", facts);
        return out;
    }

    private Report extract(byte[] bytes, String fileName) {
        boolean got;
        try {
            got = slots.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is stopping", e);
        }
        if (!got) {
            throw new ApiException(503, "other uploads are being checked; try again in a minute");
        }
        Report r;
        try {
            r = extractor.extract(bytes, fileName, "upload:" + fileName);
        } finally {
            slots.release();
        }
        Diagnostic fatal = r.diagnostics().stream().filter(Diagnostic::fatal).findFirst().orElse(null);
        if (fatal != null) {
            throw new ApiException(status(fatal.code()), fatal.message());
        }
        return r;
    }

    /** The status for a document that could not be read. */
    static int status(DiagnosticCode code) {
        return switch (code) {
            case UNSUPPORTED_FORMAT, UNKNOWN_FORMAT -> 415;
            case TOO_LARGE -> 413;
            case EMPTY_FILE -> 400;
            default -> 422;
        };
    }

    private static Map<String, Object> fact(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", f.measure());
        m.put("scope", f.scope());
        m.put("subject", f.subject());
        m.put("period", f.period());
        m.put("phase", f.phase());
        m.put("label", f.label());
        m.put("value", f.quantity().normalized());
        m.put("printed", f.quantity().printed());
        String unit = f.quantity().unit().symbol();
        m.put("unit", unit.isEmpty() ? "none" : unit);
        m.put("display", (f.quantity().printed() == null ? f.quantity().value().toPlainString() : f.quantity().printed())
                + unit);
        m.put("page", f.provenance() == null ? null : f.provenance().page());
        m.put("where", f.provenance() == null ? null : f.provenance().describe());
        m.put("bbox", f.provenance() == null ? null : Views.bbox(f.provenance().bbox()));
        return m;
    }
}
