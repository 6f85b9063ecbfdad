package org.jixiao.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jixiao.model.Diagnostic;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Validate;

/**
 * What an extractor knows about the document it works on, and where it reports non-fatal
 * diagnostics. One context per document; not shared between threads.
 */
public final class ExtractContext {
    private static final int MAX_DIAGNOSTICS = 100;

    private final String reportId;
    private final String fileName;
    private final String mediaType;
    private final ExtractLimits limits;
    private final Instant deadline;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int dropped;

    public ExtractContext(String reportId, String fileName, String mediaType, ExtractLimits limits) {
        this.reportId = Validate.notNullParam(reportId, "reportId");
        this.fileName = fileName == null ? "" : fileName;
        this.mediaType = mediaType;
        this.limits = Validate.notNullParam(limits, "limits");
        this.deadline = Instant.now().plus(limits.timeout());
    }

    public String reportId() {
        return reportId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public ExtractLimits limits() {
        return limits;
    }

    /** Throws when the document has used up its time; call it in loops over pages or cells. */
    public void checkDeadline() throws ExtractionException {
        if (Instant.now().isAfter(deadline)) {
            throw new ExtractionException(DiagnosticCode.TIMEOUT,
                    fileName + ": extraction took longer than " + limits.timeout().toSeconds() + " s");
        }
    }

    /** Records a non-fatal diagnostic; the list is bounded so a broken file cannot flood it. */
    public void warn(DiagnosticCode code, String message, org.jixiao.model.Provenance where) {
        if (diagnostics.size() < MAX_DIAGNOSTICS) {
            diagnostics.add(Diagnostic.warning(code, message, where));
        } else {
            dropped++;
        }
    }

    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        if (dropped > 0) {
            out.add(Diagnostic.warning(DiagnosticCode.LAYOUT_WARNING, dropped + " more diagnostics not kept", null));
        }
        return Collections.unmodifiableList(out);
    }
}
