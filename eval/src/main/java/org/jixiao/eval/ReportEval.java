package org.jixiao.eval;

import org.jixiao.eval.truth.TruthFile;

import java.nio.file.Path;

/**
 * One rendition of a labelled report, measured.
 *
 * @param truth     the labels
 * @param rendition the file that was extracted
 * @param primary   whether it is the report's primary rendition (the one overall figures count)
 * @param facts     facts against the labels, or null when the file could not be read
 * @param defects   findings against the labels, or null when the file could not be read
 * @param failure   why the file could not be read, or null
 */
public record ReportEval(TruthFile truth, Path rendition, boolean primary, FactScore facts, DefectScore defects,
                         String failure) {

    public String name() {
        String file = rendition.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return primary ? truth.name() : truth.name() + " [" + (dot < 0 ? file : file.substring(dot + 1)) + "]";
    }

    public boolean failed() {
        return failure != null;
    }
}
