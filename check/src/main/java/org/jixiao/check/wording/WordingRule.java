package org.jixiao.check.wording;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.jixiao.check.Rule;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
import org.jixiao.model.Cell;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;
import org.jixiao.model.Validate;

/**
 * One kind of {@link Slip} searched in every paragraph (and table cell, where the slip says so).
 * The slips are certain but minor: a WARNING, one per report and kind, with every place as
 * evidence (page, block or cell, characters) and its sentence quoted.
 */
public final class WordingRule extends TalliedRule {
    private final Slip slip;

    public WordingRule(Slip slip) {
        this.slip = Validate.notNullParam(slip, "slip");
    }

    /** One rule per slip of the bundled data file. */
    public static List<Rule> standard() {
        return Slip.standard().stream().<Rule>map(WordingRule::new).toList();
    }

    @Override
    public String id() {
        return slip.id();
    }

    @Override
    public String needs() {
        return "paragraphs" + (slip.cells() ? " and table cells" : "");
    }

    @Override
    public Set<RuleInput> requires() {
        // A slip searched in cells too runs on spreadsheets, which have no paragraphs.
        return slip.cells() ? Set.of() : Set.of(RuleInput.BLOCKS);
    }


    /** Counts each paragraph (and table) searched: held when it holds no slip. */
    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        SlipFinding found = new SlipFinding(slip.id());
        found.addParagraphMatches(report, slip.pattern(), tally);
        if (slip.cells()) {
            for (Table t : report.tables()) {
                int before = found.count();
                for (Cell c : t.cells()) {
                    Matcher m = slip.pattern().matcher(c.text());
                    while (m.find()) {
                        found.add(m.group(), c.provenance() == null ? null : c.provenance().withChars(m.start(), m.end()),
                                c.text().strip());
                    }
                }
                tally.evaluated(found.count() == before);
            }
        }
        Finding f = found.finding(report.id(), Severity.WARNING, slip.zh(), slip.en());
        return f == null ? List.of() : List.of(f);
    }
}
