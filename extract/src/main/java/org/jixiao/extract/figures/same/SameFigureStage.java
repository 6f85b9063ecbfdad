package org.jixiao.extract.figures.same;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.Requirement;
import org.jixiao.extract.figures.sentence.SentenceRelationStage;
import org.jixiao.model.Fact;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.jixiao.model.Validate;

/**
 * One quantity printed in two places (rule {@code figure.duplicate}): a sentence against another
 * sentence (in its paragraph or another section) or against the table cell with the same meaning,
 * 元 and 万元 compared by value. Only facts with the same scope, qualifiers, entity, measure, phase
 * and period in the same part of the report (the body, or one 附件: attachments describe other
 * things) are the same figure: never a budget against an actual, never a unit against the
 * department, never two cells of tables (their columns differ in basis more often than their keys
 * show), never two figures of one sentence (a list of parts). A sentence figure counts only when its
 * own words named its scope; a table cell only when its layout gave the reason for its scope; the
 * total only between sentences, and 政府采购 not at all (its parts are named with the same words).
 */
public final class SameFigureStage implements ReportStage {
    public static final String RULE = "figure.duplicate";
    private static final String PREFIX = "sd";
    /** Words of a part (其中), a change or a classification line, not of the figure itself. */
    private static final Pattern NOT_THE_FIGURE = Pattern.compile(
            "其中|增加|减少|增长|下降|节约|比上年|较上年|[（(][类款项][）)]|占|分别");
    private static final Set<String> MEASURES = Set.of("amount", "income", "count");
    private static final Set<String> BROAD = Set.of("total", "procurement");
    private static final Pattern BUDGET = Pattern.compile("预算$");
    private static final Pattern NOT_FINAL = Pattern.compile("执行|决算|年初|调整|结转|率|比|较");

    private final ClassifiedItems items = new ClassifiedItems();

    @Override
    public String name() {
        return "same-figure-relations";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.FACTS);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.noneOf(Requirement.class);
    }

    @Override
    public Report apply(Report report, ExtractContext ctx) {
        Validate.notNullParam(report, "report");
        Report numbered = SentenceRelationStage.numbered(report);
        SameFigureParts parts = new SameFigureParts(numbered);
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : numbered.facts()) {
            if (comparable(f, numbered)) {
                String key = String.join("|", f.measure(), f.scope(), String.join("+", f.qualifiers()), String.valueOf(phase(f)),
                        String.valueOf(f.period()), f.quantity().unit().dimension().name(), parts.of(f));
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        List<Relation> found = new ArrayList<>();
        for (List<Fact> g : groups.values()) {
            found.addAll(relations(g, parts));
        }
        found.addAll(items.build(numbered, parts));
        List<Relation> all = new ArrayList<>(numbered.relations());
        int n = 0;
        for (Relation r : found) {
            all.add(new Relation(PREFIX + n++, r.rule(), r.result(), r.readings(), r.origin(), r.cue()));
        }
        return numbered.withRelations(all);
    }

    private static boolean comparable(Fact f, Report report) {
        boolean count = f.quantity().unit().dimension() == org.jixiao.model.Unit.Dimension.COUNT;
        // a money figure without a phase could be any of them; a count of staff has none
        if (f.scope() == null || (phase(f) == null && !count) || "change".equals(f.phase()) || !MEASURES.contains(f.measure())
                || f.scope().startsWith("item:") || f.scope().startsWith("unit:") || f.scope().startsWith("fund:")
                || f.provenance() == null) {
            return false;
        }
        if (!sentence(f)) {
            // a cell counts once the table's layout said why it has that scope (table kind, row, header):
            // a 30217 公务接待费 row of a 基本支出 table is not the 三公 figure
            return f.provenance().tableId() != null && !BROAD.contains(base(f.scope()))
                    && f.basis() != null && f.basis().scope() != null && !partOfItsTable(f, report);
        }
        if ("procurement".equals(base(f.scope()))) {
            // 政府采购 names its parts too (面向中小企业预留…, 货物类…)
            return false;
        }
        String label = f.label() == null ? "" : f.label();
        return f.basis() != null && f.basis().scope() != null && f.basis().scope().startsWith("cue:")
                && !f.basis().scope().startsWith("cue:change") && !f.basis().scope().startsWith("cue:rate")
                && !NOT_THE_FIGURE.matcher(label).find();
    }

    /**
     * A row of a table whose layout scopes the whole table to a part of the department's money (a
     * 基本支出 table, a 政府采购 table, 机关运行经费): its 公务接待费 is the part of 公务接待费 in that
     * scope, not the 三公 figure the text states.
     */
    private static boolean partOfItsTable(Fact f, Report report) {
        Table t = report.table(f.provenance().tableId());
        String scope = t == null || t.layout() == null ? null : t.layout().scope();
        return scope != null && !"total".equals(scope) && !scope.equals(base(f.scope()))
                && !f.scope().startsWith(scope + ".");
    }

    /**
     * The fact's phase, or for a sentence figure the reader left without one, the phase its own words
     * name: "2024年公务接待费预算28万元" is the year's budget; 预算 beside 执行, 决算, 年初, 调整, 结转 or a
     * rate names something else.
     */
    private static String phase(Fact f) {
        if (f.phase() != null || !sentence(f)) {
            return f.phase();
        }
        String label = f.label() == null ? "" : f.label();
        return BUDGET.matcher(label).find() && !NOT_FINAL.matcher(label).find() ? "budget-final" : null;
    }

    /** The anchor (the first sentence figure) against the first other print of every value. */
    private static List<Relation> relations(List<Fact> group, SameFigureParts parts) {
        Fact anchor = group.stream().filter(SameFigureStage::sentence).findFirst().orElse(null);
        List<Relation> out = new ArrayList<>();
        if (anchor == null) {
            return out;
        }
        // one relation per value printed elsewhere: the agreeing one is a hold, each other value a disagreement
        Set<String> seen = new HashSet<>();
        for (Fact f : group) {
            if (f == anchor || !pairable(anchor, f, parts) || !seen.add(value(f))) {
                continue;
            }
            Reading r = new Reading("the same " + anchor.scope() + " · " + phase(anchor) + " · " + anchor.period()
                    + " printed at " + f.provenance().describe(), List.of(term(f, "second", parts)), List.of());
            out.add(new Relation(null, RULE, term(anchor, "first", parts), List.of(r), "same-figure",
                    anchor.label() + " / " + f.label()));
        }
        return out;
    }

    private static boolean pairable(Fact a, Fact b, SameFigureParts parts) {
        if (sentence(b) && parts.sameSentence(a, b)) {
            // two figures of one sentence with one key are a list of parts (事业编制21名、事业编制30名)
            return false;
        }
        if (a.entity() != null && b.entity() != null && !a.entity().equals(b.entity())) {
            return false;
        }
        if (!sentence(b) && BROAD.contains(base(a.scope()))) {
            return false;
        }
        return Objects.equals(a.qualifiers(), b.qualifiers());
    }

    private static RelationTerm term(Fact f, String role, SameFigureParts parts) {
        return new RelationTerm(f.id(), role, 1, f.quantity(), f.label(), f.provenance(), parts.context(f));
    }

    private static boolean sentence(Fact f) {
        return f.provenance() != null && f.provenance().tableId() == null && f.provenance().blockId() != null;
    }

    private static String base(String scope) {
        int i = scope.indexOf(':');
        return i < 0 ? scope : scope.substring(0, i);
    }

    private static String value(Fact f) {
        return f.quantity().normalized().stripTrailingZeros().toPlainString();
    }
}
