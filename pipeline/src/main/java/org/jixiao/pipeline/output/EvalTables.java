package org.jixiao.pipeline.output;

import org.jixiao.eval.Alarm;
import org.jixiao.eval.DefectOutcome;
import org.jixiao.eval.EvalSummary;
import org.jixiao.eval.FactOutcome;
import org.jixiao.eval.ReportEval;
import org.jixiao.eval.truth.TruthFigure;
import org.jixiao.model.Evidence;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The tables and the JSON of {@code jixiao eval}. */
public final class EvalTables {
    private EvalTables() {
    }

    public static ResultTable perReport(List<ReportEval> evals, EvalSummary all) {
        ResultTable t = new ResultTable(List.of("report", "facts", "right", "ambiguous", "wrong", "missing",
                "false_totals", "facts_acc", "errors_labelled", "errors_found", "minor_labelled", "minor_found",
                "ERRORs", "false_ERRORs", "WARNINGs", "false_WARNINGs", "failure"));
        for (ReportEval e : evals) {
            if (e.failed()) {
                t.add(List.of(e.name(), "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", e.failure()));
                continue;
            }
            var f = e.facts();
            var d = e.defects();
            t.add(List.of(e.name(), n(f.labelled()), n(f.count(FactOutcome.Verdict.RIGHT)),
                    n(f.count(FactOutcome.Verdict.AMBIGUOUS)), n(f.count(FactOutcome.Verdict.WRONG)),
                    n(f.count(FactOutcome.Verdict.MISSING)), n(f.falseTotals().size()),
                    pct(f.labelled() == 0 ? 1 : (double) f.count(FactOutcome.Verdict.RIGHT) / f.labelled()),
                    n(d.labelled(true)), n(d.found(true)), n(d.labelled(false)), n(d.found(false)),
                    n(d.errors()), n(d.falseErrors()), n(d.warnings()), n(d.falseWarnings()), ""));
        }
        t.add(List.of("ALL (primary renditions: " + all.reports() + ")", n(all.factsLabelled()), n(all.factsRight()),
                n(all.factsAmbiguous()), n(all.factsWrong()), n(all.factsMissing()), n(all.falseTotals()),
                pct(all.factsAccuracy()), n(all.errorDefects()), n(all.errorFound()), n(all.minorDefects()),
                n(all.minorFound()), n(all.errors()), n(all.errors() - all.trueErrors()), n(all.warnings()),
                n(all.warnings() - all.trueWarnings()), ""));
        return t;
    }

    /** The overall figures for each kind of report (budget, selfeval, targets …). */
    public static ResultTable byKind(List<ReportEval> evals) {
        ResultTable t = new ResultTable(List.of("kind", "reports", "facts", "facts_acc", "false_totals", "errors_labelled",
                "errors_found", "recall", "ERRORs", "false_ERRORs", "precision"));
        Map<String, List<ReportEval>> kinds = new java.util.TreeMap<>();
        evals.forEach(e -> kinds.computeIfAbsent(String.valueOf(e.truth().kind()), k -> new ArrayList<>()).add(e));
        kinds.forEach((k, list) -> {
            EvalSummary s = EvalSummary.of(list);
            t.add(List.of(k, n(s.reports()), n(s.factsLabelled()), pct(s.factsAccuracy()), n(s.falseTotals()),
                    n(s.errorDefects()), n(s.errorFound()), pct(s.recall()), n(s.errors()), n(s.errors() - s.trueErrors()),
                    pct(s.precision())));
        });
        return t;
    }

    public static ResultTable families(EvalSummary all) {
        ResultTable t = new ResultTable(List.of("family", "error_labelled", "error_found", "minor_labelled", "minor_found"));
        all.families().forEach((k, c) -> t.add(List.of(k, n(c[0]), n(c[1]), n(c[2]), n(c[3]))));
        return t;
    }

    public static ResultTable rules(EvalSummary all) {
        ResultTable t = new ResultTable(List.of("rule", "ERRORs", "false_ERRORs", "WARNINGs", "false_WARNINGs", "false_on_holds"));
        all.rules().forEach((k, c) -> t.add(List.of(k, n(c[0]), n(c[1]), n(c[2]), n(c[3]), n(c[4]))));
        return t;
    }

    /** What went wrong, one line each: facts wrong or missing, false totals, defects missed, false alarms. */
    public static ResultTable details(List<ReportEval> evals) {
        ResultTable t = new ResultTable(List.of("report", "what", "id", "detail"));
        for (ReportEval e : evals) {
            if (e.failed() || !e.primary()) {
                continue;
            }
            for (FactOutcome o : e.facts().outcomes()) {
                if (o.verdict() != FactOutcome.Verdict.RIGHT) {
                    var f = o.truth();
                    t.add(List.of(e.name(), "fact-" + o.verdict().name().toLowerCase(Locale.ROOT), str(f.id()),
                            f.scope() + "·" + f.phase() + "·" + f.period() + "·" + f.measure() + " = " + f.value()
                                    + f.unit() + " @" + (f.where() == null ? "" : f.where().describe())
                                    + (o.matched().isEmpty() ? "" : " | jixiao: " + values(o.matched()))));
                }
            }
            for (Fact f : e.facts().falseTotals()) {
                t.add(List.of(e.name(), "false-total", "", f.phase() + "·" + f.period() + " " + f.quantity()
                        + " “" + f.label() + "” @" + (f.provenance() == null ? "" : f.provenance().describe())));
            }
            for (DefectOutcome o : e.defects().outcomes()) {
                if (!o.found()) {
                    t.add(List.of(e.name(), "missed-" + o.defect().severity(), str(o.defect().id()),
                            o.defect().family() + ": " + o.defect().description()));
                }
            }
            for (Alarm a : e.defects().alarms()) {
                if (a.isFalse()) {
                    Finding f = a.finding();
                    t.add(List.of(e.name(), "false-" + f.severity().name().toLowerCase(Locale.ROOT),
                            a.holds().isEmpty() ? "" : "holds " + String.join(",", a.holds()),
                            f.rule() + ": " + f.messageZh() + " @" + evidence(f)));
                }
            }
        }
        return t;
    }

    public static Map<String, Object> json(List<ReportEval> evals, EvalSummary all) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("reports", all.reports());
        s.put("facts_accuracy", all.factsAccuracy());
        s.put("recall_error_defects", all.recall());
        s.put("precision_errors", all.precision());
        s.put("max_false_errors_per_report", all.maxFalseErrors());
        s.put("false_totals", all.falseTotals());
        m.put("summary", s);
        m.put("reports", perReport(evals, all).asMaps());
        m.put("kinds", byKind(evals).asMaps());
        m.put("families", families(all).asMaps());
        m.put("rules", rules(all).asMaps());
        m.put("details", details(evals).asMaps());
        return m;
    }

    private static String values(List<Fact> facts) {
        return facts.stream().map(f -> f.quantity().toString()).distinct().limit(8).collect(Collectors.joining(", "));
    }

    private static String evidence(Finding f) {
        List<String> parts = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            if (parts.size() == 3) {
                break;
            }
            parts.add((e.quantity() == null ? "" : e.quantity().toString()) + " "
                    + (e.provenance() == null ? "" : e.provenance().describe()));
        }
        return String.join("; ", parts);
    }

    static String describe(TruthFigure g) {
        return g.value() + (g.unit() == null ? "" : g.unit()) + (g.where() == null ? "" : " @" + g.where().describe());
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }

    private static String n(long v) {
        return Long.toString(v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
