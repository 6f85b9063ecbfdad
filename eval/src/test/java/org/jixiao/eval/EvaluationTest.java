package org.jixiao.eval;

import org.jixiao.check.Checker;
import org.jixiao.eval.truth.TruthFile;
import org.jixiao.eval.truth.TruthReader;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluator on a real extraction of 003 against a few hand-written labels. */
class EvaluationTest {

    private static ReportEval evaluate() throws Exception {
        TruthFile t = new TruthReader().read(mini());
        try (ReportExtractor x = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            List<ReportEval> evals = new Evaluation(x, Checker.standard()).run(List.of(t));
            assertEquals(1, evals.size());
            return evals.get(0);
        }
    }

    private static Path mini() throws URISyntaxException {
        return Path.of(EvaluationTest.class.getResource("/mini/truth/yiyang-2024.truth.yaml").toURI());
    }

    @Test
    void scoresFactsDefectsAndAlarms() throws Exception {
        ReportEval e = evaluate();
        assertFalse(e.failed());
        FactScore f = e.facts();
        assertEquals(FactOutcome.Verdict.RIGHT, f.outcomes().get(0).verdict(), "三公 budget 58");
        assertEquals(FactOutcome.Verdict.RIGHT, f.outcomes().get(2).verdict(), "编制数 95");
        assertEquals(FactOutcome.Verdict.WRONG, f.outcomes().get(3).verdict(), "an invented value is wrong");
        assertEquals(FactOutcome.Verdict.MISSING, f.outcomes().get(4).verdict(), "no carry-over total is stated");
        DefectScore d = e.defects();
        assertTrue(d.outcomes().get(0).found(), "the 30 vs 28 duplicate is found");
        assertFalse(d.outcomes().get(1).found(), "the invented wording slip is missed");
        assertEquals(1, d.labelled(true));
        assertEquals(1, d.found(true));
        EvalSummary s = EvalSummary.of(List.of(e));
        assertEquals(1.0, s.recall());
        assertEquals(0.6, s.factsAccuracy(), 1e-9);
        assertEquals(s.errors() - s.trueErrors(), d.falseErrors());
    }
}
