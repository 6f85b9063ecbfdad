package org.jixiao.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures over the primary renditions of all labelled reports: the numbers the ratchet holds.
 *
 * @param reports        primary renditions measured (failed ones excluded)
 * @param factsLabelled  labelled facts
 * @param factsRight     right and unambiguous
 * @param factsAmbiguous right, with other values for the same key
 * @param factsWrong     key stated with other values only
 * @param factsMissing   key not stated
 * @param falseTotals    jixiao facts scoped total that are no labelled total
 * @param errorDefects   labelled error defects
 * @param errorFound     of which covered by an ERROR or WARNING
 * @param minorDefects   labelled minor defects
 * @param minorFound     of which covered
 * @param errors         ERROR findings
 * @param trueErrors     ERROR findings covering a labelled defect
 * @param warnings       WARNING findings
 * @param trueWarnings   WARNING findings covering a labelled defect
 * @param maxFalseErrors the most false ERRORs in one report
 * @param families       family → [error labelled, error found, minor labelled, minor found]
 * @param rules          rule → [ERRORs, false ERRORs, WARNINGs, false WARNINGs, alarms on a holds]
 */
public record EvalSummary(int reports, int factsLabelled, int factsRight, int factsAmbiguous, int factsWrong,
                          int factsMissing, int falseTotals, long errorDefects, long errorFound, long minorDefects,
                          long minorFound, long errors, long trueErrors, long warnings, long trueWarnings,
                          long maxFalseErrors, Map<String, long[]> families, Map<String, long[]> rules) {

    public double factsAccuracy() {
        return factsLabelled == 0 ? 1.0 : (double) factsRight / factsLabelled;
    }

    public double recall() {
        return errorDefects == 0 ? 1.0 : (double) errorFound / errorDefects;
    }

    public double precision() {
        return errors == 0 ? 1.0 : (double) trueErrors / errors;
    }

    public static EvalSummary of(List<ReportEval> evals) {
        int n = 0;
        int[] f = new int[6];
        long[] d = new long[9];
        Map<String, long[]> families = new TreeMap<>();
        Map<String, long[]> rules = new TreeMap<>();
        for (ReportEval e : evals) {
            if (!e.primary() || e.failed()) {
                continue;
            }
            n++;
            FactScore fs = e.facts();
            f[0] += fs.labelled();
            f[1] += fs.count(FactOutcome.Verdict.RIGHT);
            f[2] += fs.count(FactOutcome.Verdict.AMBIGUOUS);
            f[3] += fs.count(FactOutcome.Verdict.WRONG);
            f[4] += fs.count(FactOutcome.Verdict.MISSING);
            f[5] += fs.falseTotals().size();
            DefectScore ds = e.defects();
            d[0] += ds.labelled(true);
            d[1] += ds.found(true);
            d[2] += ds.labelled(false);
            d[3] += ds.found(false);
            d[4] += ds.errors();
            d[5] += ds.errors() - ds.falseErrors();
            d[6] += ds.warnings();
            d[7] += ds.warnings() - ds.falseWarnings();
            d[8] = Math.max(d[8], ds.falseErrors());
            for (DefectOutcome o : ds.outcomes()) {
                long[] c = families.computeIfAbsent(o.defect().family(), k -> new long[4]);
                int base = o.defect().isError() ? 0 : 2;
                c[base]++;
                c[base + 1] += o.found() ? 1 : 0;
            }
            for (Alarm a : ds.alarms()) {
                long[] c = rules.computeIfAbsent(a.finding().rule(), k -> new long[5]);
                int base = a.isError() ? 0 : 2;
                c[base]++;
                c[base + 1] += a.isFalse() ? 1 : 0;
                c[4] += a.isFalse() && !a.holds().isEmpty() ? 1 : 0;
            }
        }
        return new EvalSummary(n, f[0], f[1], f[2], f[3], f[4], f[5], d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7],
                d[8], families, rules);
    }
}
