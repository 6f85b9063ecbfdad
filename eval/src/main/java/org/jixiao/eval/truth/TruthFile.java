package org.jixiao.eval.truth;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a reader labelled in one report (published in one or more renditions).
 *
 * @param name       the truth file's name without {@code .truth.yaml}
 * @param report     the report's title
 * @param department the department as printed
 * @param year       the fiscal year the report is about
 * @param kind       selfeval, budget, unit-budget, final-account, targets
 * @param region     the region as printed
 * @param renditions the report's files, resolved; the first is the primary one
 * @param labelling  who and how long
 * @param facts      labelled facts
 * @param defects    labelled inconsistencies
 * @param holds      relations checked and found to hold
 */
public record TruthFile(String name, String report, String department, Integer year, String kind, String region,
                        List<Path> renditions, Labelling labelling, List<TruthFact> facts,
                        List<TruthDefect> defects, List<TruthHold> holds) {
    public TruthFile {
        renditions = List.copyOf(renditions);
        facts = facts == null ? List.of() : List.copyOf(facts);
        defects = defects == null ? List.of() : List.copyOf(defects);
        holds = holds == null ? List.of() : List.copyOf(holds);
    }

    public Path primary() {
        return renditions.get(0);
    }
}
