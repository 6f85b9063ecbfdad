package org.jixiao.model;

/**
 * A typed, readable diagnostic for one document.
 *
 * @param code       what went wrong
 * @param fatal      true when nothing usable could be extracted
 * @param message    a readable explanation naming the file
 * @param provenance where in the document, if anywhere
 */
public record Diagnostic(DiagnosticCode code, boolean fatal, String message, Provenance provenance) {
    public Diagnostic {
        Validate.notNullParam(code, "code");
    }

    public static Diagnostic fatal(DiagnosticCode code, String message) {
        return new Diagnostic(code, true, message, null);
    }

    public static Diagnostic warning(DiagnosticCode code, String message, Provenance provenance) {
        return new Diagnostic(code, false, message, provenance);
    }
}
