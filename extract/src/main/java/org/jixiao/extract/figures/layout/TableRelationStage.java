package org.jixiao.extract.figures.layout;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.Requirement;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.model.Fact;
import org.jixiao.model.Relation;
import org.jixiao.model.Report;
import org.jixiao.model.Table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The calculation network of the tables: row sums, column sums and standard identities, each with
 * its origin and cue, built from the layouts once the table facts have read every figure.
 */
public final class TableRelationStage implements ReportStage {
    private static final int MAX_RELATIONS = 20_000;
    private final RowSums rowSums = new RowSums();
    private final ColumnSums columnSums = new ColumnSums();
    private final Identities identities = Identities.load();
    private final RowIdentities rowIdentities = RowIdentities.load();
    private final CostCeilings costCeilings = new CostCeilings();
    private final NumberReader numbers;

    public TableRelationStage(NumberReader numbers) {
        this.numbers = numbers;
    }

    @Override
    public String name() {
        return "table-relations";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.LAYOUTS, Requirement.FACTS);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.RELATIONS);
    }

    @Override
    public Report apply(Report report, ExtractContext ctx) throws ExtractionException {
        Set<String> ids = report.facts().stream().map(Fact::id).filter(Objects::nonNull).collect(Collectors.toSet());
        List<Relation> out = new ArrayList<>(report.relations());
        List<Relation> found = new ArrayList<>();
        for (Table t : report.tables()) {
            ctx.checkDeadline();
            if (t.layout() == null || found.size() > MAX_RELATIONS) {
                continue;
            }
            Terms terms = new Terms(t, ids, numbers);
            rowSums.build(terms, t.layout(), found::add);
            columnSums.build(terms, t.layout(), found::add);
            identities.build(terms, t.layout(), found::add);
            rowIdentities.build(terms, t.layout(), found::add);
            costCeilings.build(report, t, found::add);
        }
        for (Relation r : found) {
            out.add(new Relation("t" + out.size(), r.rule(), r.result(), r.readings(), r.origin(), r.cue()));
        }
        return report.withRelations(out);
    }
}
