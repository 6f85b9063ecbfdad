package org.jixiao.eval;

import org.jixiao.check.Checker;
import org.jixiao.eval.truth.TruthFile;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts and checks every rendition of the labelled reports and scores them. The primary
 * renditions are checked together, so the cross-report rules see a department's several years as
 * {@code jixiao check} would; other renditions are checked alone.
 */
public final class Evaluation {
    private final ReportExtractor extractor;
    private final Checker checker;
    private final FactScorer factScorer = new FactScorer();
    private final DefectScorer defectScorer = new DefectScorer();

    public Evaluation(ReportExtractor extractor, Checker checker) {
        this.extractor = extractor;
        this.checker = checker;
    }

    public List<ReportEval> run(List<TruthFile> truths) {
        Map<TruthFile, Report> primaries = new LinkedHashMap<>();
        Map<TruthFile, String> failures = new LinkedHashMap<>();
        for (TruthFile t : truths) {
            Report r = extractor.extract(t.primary());
            if (r.failed()) {
                failures.put(t, r.diagnostics().get(0).message());
            } else {
                primaries.put(t, r);
            }
        }
        Map<Report, List<Finding>> checked = checker.checkAll(new ArrayList<>(primaries.values()));
        List<ReportEval> out = new ArrayList<>();
        for (TruthFile t : truths) {
            Report r = primaries.get(t);
            out.add(r == null ? new ReportEval(t, t.primary(), true, null, null, failures.get(t))
                    : score(t, t.primary(), true, r, checked.get(r)));
            for (Path other : t.renditions().subList(1, t.renditions().size())) {
                Report o = extractor.extract(other);
                out.add(o.failed() ? new ReportEval(t, other, false, null, null, o.diagnostics().get(0).message())
                        : score(t, other, false, o, checker.check(o)));
            }
        }
        return out;
    }

    private ReportEval score(TruthFile t, Path file, boolean primary, Report r, List<Finding> findings) {
        return new ReportEval(t, file, primary, factScorer.score(t, r), defectScorer.score(t, findings, primary), null);
    }
}
