package org.jixiao.eval;

import org.jixiao.eval.truth.TruthDefect;
import org.jixiao.eval.truth.TruthFigure;
import org.jixiao.eval.truth.TruthFile;
import org.jixiao.eval.truth.TruthHold;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches findings to labelled defects. A finding covers a defect when its evidence points at the
 * defect's printed figures — at least two of them, or the only one — by value within rounding and,
 * in the primary rendition, on the same page where both know the page; a defect without figures
 * is covered by a finding that quotes its words.
 */
public final class DefectScorer {

    public DefectScore score(TruthFile truth, List<Finding> findings, boolean primary) {
        List<Finding> alarms = findings.stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING).toList();
        List<DefectOutcome> outcomes = new ArrayList<>();
        for (TruthDefect d : truth.defects()) {
            outcomes.add(new DefectOutcome(d, alarms.stream()
                    .filter(f -> covers(f, d.figures(), d.quote(), primary)).toList()));
        }
        List<Alarm> scored = new ArrayList<>();
        for (Finding f : alarms) {
            List<String> ds = truth.defects().stream()
                    .filter(d -> covers(f, d.figures(), d.quote(), primary)).map(TruthDefect::id).toList();
            List<String> hs = truth.holds().stream()
                    .filter(h -> covers(f, h.figures(), null, primary)).map(TruthHold::id).toList();
            scored.add(new Alarm(f, ds, hs));
        }
        return new DefectScore(outcomes, scored);
    }

    static boolean covers(Finding f, List<TruthFigure> figures, String quote, boolean primary) {
        if (!figures.isEmpty()) {
            // the same figure is often printed in several places: one side must be where the label says,
            // the others may be any place that prints the same value
            int onPage = 0;
            int byValue = 0;
            for (TruthFigure g : figures) {
                if (f.evidence().stream().anyMatch(e -> pointsAt(e, g, primary))) {
                    onPage++;
                }
                if (f.evidence().stream().anyMatch(e -> pointsAt(e, g, false))) {
                    byValue++;
                }
            }
            if (onPage >= 1 && byValue >= Math.min(2, figures.size())) {
                return true;
            }
        }
        return quote != null && !quote.isBlank() && quotes(f, quote);
    }

    private static boolean pointsAt(Evidence e, TruthFigure g, boolean primary) {
        if (e.quantity() == null || !(FigureMatch.same(g.value(), g.unit(), e.quantity()) || signedByWords(e, g))) {
            return false;
        }
        Integer truthPage = g.where() == null ? null : g.where().page();
        Integer page = e.provenance() == null ? null : e.provenance().page();
        return !primary || truthPage == null || page == null || truthPage.equals(page);
    }

    /**
     * A figure printed without a sign whose sign extract took from its words ("减少1311.6万元" is the
     * change −1311.6): the label gives the figure as printed, so its magnitude is what is compared.
     */
    private static boolean signedByWords(Evidence e, TruthFigure g) {
        String printed = e.quantity().printed();
        return e.quantity().value().signum() < 0 && printed != null && !printed.strip().matches("^[-－−].*")
                && FigureMatch.same(g.value().negate(), g.unit(), e.quantity());
    }

    private static boolean quotes(Finding f, String quote) {
        String q = bare(quote);
        if (q.isEmpty()) {
            return false;
        }
        if (f.messageZh() != null && bare(f.messageZh()).contains(q)) {
            return true;
        }
        return f.evidence().stream().anyMatch(e -> (e.context() != null && bare(e.context()).contains(q))
                || (e.label() != null && bare(e.label()).contains(q)));
    }

    private static String bare(String s) {
        return s.replaceAll("\\s", "");
    }
}
