package org.jixiao.eval;

import org.jixiao.check.Checker;
import org.jixiao.eval.truth.TruthFile;
import org.jixiao.eval.truth.TruthReader;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The corpus-level ratchet: jixiao measured against the labelled reports (eval/truth) must not fall
 * below the figures committed in eval/ratchet.properties, and no held report may gain a false ERROR.
 */
class EvalRatchetIT {

    @Test
    void figuresDoNotFallBelowTheCommittedOnes() throws Exception {
        Properties committed = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/labelled/ratchet.properties")) {
            committed.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> held = Arrays.stream(committed.getProperty("reports", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        Path truthDir = Path.of(getClass().getResource("/labelled/truth").toURI());
        TruthReader reader = new TruthReader();
        List<TruthFile> truths = new ArrayList<>();
        for (String name : held) {
            truths.add(reader.read(truthDir.resolve(name + TruthReader.SUFFIX)));
        }
        assertFalse(truths.isEmpty(), "eval/ratchet.properties holds no report: the ratchet would measure nothing");
        List<ReportEval> evals;
        try (ReportExtractor x = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            evals = new Evaluation(x, Checker.standard()).run(truths);
        }
        EvalSummary s = EvalSummary.of(evals);
        List<String> problems = new ArrayList<>();
        evals.stream().filter(ReportEval::failed).forEach(e -> problems.add(e.name() + " failed: " + e.failure()));
        atLeast(problems, "facts.accuracy", s.factsAccuracy(), committed);
        atLeast(problems, "recall.error", s.recall(), committed);
        atLeast(problems, "precision.error", s.precision(), committed);
        long cap = Long.parseLong(committed.getProperty("max-false-errors", "0"));
        for (ReportEval e : evals) {
            if (e.primary() && !e.failed()) {
                long allowed = Long.parseLong(committed.getProperty("max-false-errors." + e.truth().name(), "" + cap));
                if (e.defects().falseErrors() > allowed) {
                    problems.add(e.name() + ": " + e.defects().falseErrors() + " false ERRORs, committed " + allowed);
                }
            }
        }
        System.out.printf(Locale.ROOT, "eval ratchet: %d reports, facts %.4f, recall %.4f, precision %.4f%n",
                s.reports(), s.factsAccuracy(), s.recall(), s.precision());
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        assertTrue(s.reports() > 0);
    }

    private static void atLeast(List<String> problems, String key, double measured, Properties committed) {
        double floor = Double.parseDouble(committed.getProperty(key, "0"));
        if (measured + 1e-9 < floor) {
            problems.add(String.format(Locale.ROOT, "%s fell to %.4f, committed %.4f", key, measured, floor));
        }
    }
}
