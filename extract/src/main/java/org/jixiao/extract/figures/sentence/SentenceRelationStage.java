package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.Requirement;
import org.jixiao.model.Fact;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Relation;
import org.jixiao.model.Report;
import org.jixiao.model.Validate;

/**
 * The relations a report's sentences state between their figures: change rates, shares, execution
 * and completion rates ({@link ChangeRelations}, {@link ShareRelations}, {@link RateRelations}),
 * totals and the parts listed for them ({@link PartsRelations}), control and completion rates whose
 * operands the words name ({@link LabelledRatios}) and a fund's roll-forward ({@link BalanceRelations}).
 * Runs after the facts are read; numbers facts that have no id yet (f + their place in the list)
 * so relation terms can name them, and numbers its relations s0, s1 …
 */
public final class SentenceRelationStage implements ReportStage {
    static final String PREFIX = "s";

    private final ChangeRelations changes = new ChangeRelations();
    private final ShareRelations shares;
    private final RateRelations rates = new RateRelations();
    private final PartsRelations parts = new PartsRelations();
    private final LabelledRatios labelled = new LabelledRatios();
    private final BalanceRelations balances = new BalanceRelations();
    private final Vocabulary vocabulary;

    public SentenceRelationStage(Vocabulary vocabulary) {
        this.vocabulary = Validate.notNullParam(vocabulary, "vocabulary");
        this.shares = new ShareRelations(new SentenceCues(vocabulary));
    }

    @Override
    public String name() {
        return "sentence-relations";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.BLOCKS, Requirement.FACTS);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.noneOf(Requirement.class);
    }

    @Override
    public Report apply(Report report, ExtractContext ctx) {
        Validate.notNullParam(report, "report");
        Report numbered = numbered(report);
        List<Passages.Placed> placed = Passages.of(numbered);
        List<Relation> found = new ArrayList<>();
        found.addAll(changes.build(placed));
        found.addAll(shares.build(placed, numbered.facts()));
        found.addAll(rates.build(placed));
        found.addAll(parts.build(placed));
        found.addAll(labelled.build(placed));
        found.addAll(balances.build(placed));
        List<Relation> all = new ArrayList<>(numbered.relations());
        int n = 0;
        for (Relation r : found) {
            all.add(new Relation(PREFIX + n++, r.rule(), r.result(), r.readings(), r.origin(), r.cue(), direction(r.cue())));
        }
        return numbered.withRelations(all);
    }

    /** Facts without an id get "f" + their index, as extract numbers them. */
    public static Report numbered(Report report) {
        if (report.facts().stream().allMatch(f -> f.id() != null)) {
            return report;
        }
        List<Fact> facts = new ArrayList<>(report.facts().size());
        for (int i = 0; i < report.facts().size(); i++) {
            Fact f = report.facts().get(i);
            facts.add(f.id() == null ? f.withId("f" + i) : f);
        }
        return report.withFacts(facts);
    }

    /** The one direction the cue's words state (vocabulary kind {@code direction}), or null for none or several. */
    private String direction(String cue) {
        return cue == null ? null : vocabulary.oneOf("direction", cue).orElse(null);
    }
}
