package org.jixiao.extract;

import org.jixiao.model.DiagnosticCode;

/** A document that cannot be read, with a typed reason that becomes a fatal diagnostic. */
public class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final DiagnosticCode code;

    public ExtractionException(DiagnosticCode code, String message) {
        super(message);
        this.code = code;
    }

    public ExtractionException(DiagnosticCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public DiagnosticCode code() {
        return code;
    }
}
